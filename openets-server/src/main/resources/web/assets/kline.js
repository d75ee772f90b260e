'use strict';
// The candlestick chart with volume bars that the portal and the trading screen share. Prices are fen.
window.KLine = {
  /** Draws {@code bars} (the klines route's items) into the chart on {@code element}, creating it once. */
  draw(chart, element, bars, interval) {
    if (!window.echarts) return chart;
    const { t, yuan } = window.I18N;
    chart = chart || echarts.init(element);
    const labels = bars.map(b => b.start.replace('T', ' ').slice(0, interval === '1m' ? 16 : 10));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
      grid: [{ left: 64, right: 16, top: 16, height: '58%' }, { left: 64, right: 16, top: '76%', height: '16%' }],
      xAxis: [{ type: 'category', data: labels }, { type: 'category', data: labels, gridIndex: 1, axisLabel: { show: false } }],
      yAxis: [{ scale: true, axisLabel: { formatter: v => yuan(Math.round(v)) } }, { gridIndex: 1, splitNumber: 2 }],
      dataZoom: [{ type: 'inside', xAxisIndex: [0, 1], start: Math.max(0, 100 - 6000 / Math.max(60, bars.length)), end: 100 }],
      series: [
        { name: t('chart'), type: 'candlestick', data: bars.map(b => [b.openFen, b.closeFen, b.lowFen, b.highFen]) },
        { name: t('volume'), type: 'bar', xAxisIndex: 1, yAxisIndex: 1,
          data: bars.map(b => ({ value: b.volume, itemStyle: { color: b.closeFen >= b.openFen ? '#c62828' : '#1b7f3b' } })) }]
    }, true);
    return chart;
  }
};
