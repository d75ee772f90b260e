'use strict';
// Words of every page in both languages, and locale-aware formats for numbers, money and dates.
window.I18N = (() => {
  const words = {
    'zh-CN': {
      skip: '跳到正文', title: '成渝碳排放权交易市场', instruments: '交易品种', symbol: '代码', last: '最新价', change: '涨跌',
      volume: '成交量(吨)', bid: '买一', ask: '卖一', chart: 'K线', '1m': '1分钟', '1d': '日线', '1w': '周线', depth: '买卖盘',
      side: '方向', price: '价格', quantity: '数量(吨)', buy: '买', sell: '卖', stats: '市场统计', ranking: '成交量占比排名',
      share: '占比', high: '最高价', low: '最低价', average: '均价', compliance: '履约结果', year: '年度', jurisdiction: '地区',
      entities: '重点排放单位', compliant: '已履约', rate: '履约率', shortfall: '缺口(吨)', fines: '罚款',
      enforcement: '执法公示', entity: '单位', decision: '处理', amount: '金额', openData: '开放数据',
      csvInstruments: '交易品种 (CSV)', csvCompliance: '履约结果 (CSV)', api: '接口说明 (OpenAPI)',
      totalVolume: '总成交量(吨)', totalTurnover: '总成交额', allowances: '配额成交量(吨)', offsets: 'CCER成交量(吨)',
      highest: '最高价', lowest: '最低价', averagePrice: '成交均价', none: '暂无', status: '日志序号 {0}；读模型{1}',
      upToDate: '已同步', behind: '落后 {0} 条', SC: '四川', CQ: '重庆', CY: '成渝', switchTo: 'English',
      period: '统计区间', today: '今日', sinceListing: '上市以来', marketSC: '四川配额成交量(吨)',
      marketCQ: '重庆配额成交量(吨)', marketCCER: 'CCER成交量(吨)', disclosures: '企业信息公开', filter: '查找单位',
      name: '名称', sector: '行业', emissions: '核查排放量(吨)', surrendered: '已清缴(吨)', standing: '履约状态',
      csvDisclosures: '企业信息公开 (CSV)', PENDING: '待履约', COMPLIANT: '已履约', SHORTFALL: '未足额履约',
      NOT_REPORTED: '未报告', NATIONAL_MARKET: '全国市场'
    },
    en: {
      skip: 'Skip to content', title: 'Chengdu–Chongqing carbon market', instruments: 'Instruments', symbol: 'Symbol',
      last: 'Last', change: 'Change', volume: 'Volume (t)', bid: 'Bid', ask: 'Ask', chart: 'K-line', '1m': '1 min',
      '1d': '1 day', '1w': '1 week', depth: 'Depth', side: 'Side', price: 'Price', quantity: 'Quantity (t)', buy: 'Buy',
      sell: 'Sell', stats: 'Market statistics', ranking: 'Share of volume', share: 'Share', high: 'High',
      low: 'Low', average: 'Average', compliance: 'Compliance results', year: 'Year', jurisdiction: 'Jurisdiction',
      entities: 'Entities', compliant: 'Compliant', rate: 'Rate', shortfall: 'Shortfall (t)', fines: 'Fines',
      enforcement: 'Enforcement register', entity: 'Entity', decision: 'Decision', amount: 'Amount', openData: 'Open data',
      csvInstruments: 'Instruments (CSV)', csvCompliance: 'Compliance results (CSV)', api: 'API description (OpenAPI)',
      totalVolume: 'Total volume (t)', totalTurnover: 'Total turnover', allowances: 'Allowances (t)', offsets: 'CCER (t)',
      highest: 'Highest price', lowest: 'Lowest price', averagePrice: 'Average price', none: 'None',
      status: 'Journal at sequence {0}; read model {1}', upToDate: 'up to date', behind: '{0} records behind',
      SC: 'Sichuan', CQ: 'Chongqing', CY: 'Chengdu–Chongqing', switchTo: '中文',
      period: 'Period', today: 'Today', sinceListing: 'Since listing', marketSC: 'Sichuan allowances (t)',
      marketCQ: 'Chongqing allowances (t)', marketCCER: 'CCER (t)', disclosures: 'Enterprise disclosures',
      filter: 'Find an entity', name: 'Name', sector: 'Sector', emissions: 'Verified emissions (t)',
      surrendered: 'Surrendered (t)', standing: 'Standing', csvDisclosures: 'Enterprise disclosures (CSV)',
      PENDING: 'Pending', COMPLIANT: 'Compliant', SHORTFALL: 'Shortfall', NOT_REPORTED: 'Not reported',
      NATIONAL_MARKET: 'National market'
    }
  };
  let lang = localStorage.getItem('openets.lang') || (navigator.language.startsWith('zh') ? 'zh-CN' : 'en');
  if (!words[lang]) lang = 'en';
  const t = (key, ...args) => (words[lang][key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[i]);
  const apply = () => {
    document.documentElement.lang = lang;
    document.title = 'OpenETS · ' + t('title');
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    const button = document.getElementById('lang');
    if (button) button.textContent = t('switchTo');
  };
  // Money is integer fen on the wire; formatting never goes through a binary fraction of a yuan.
  const yuan = fen => {
    const sign = fen < 0 ? '-' : '';
    const abs = Math.abs(fen);
    const whole = new Intl.NumberFormat(lang).format(Math.trunc(abs / 100));
    return sign + '¥' + whole + '.' + String(abs % 100).padStart(2, '0');
  };
  const number = n => new Intl.NumberFormat(lang).format(n);
  const percent = (part, whole) => whole === 0 ? '–'
    : new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(part / whole);
  const date = iso => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
  // Each page adds its own words.
  const add = more => { for (const l of Object.keys(more)) Object.assign(words[l], more[l]); };
  return {
    t, apply, yuan, number, percent, date, add,
    lang: () => lang,
    toggle: () => { lang = lang === 'en' ? 'zh-CN' : 'en'; localStorage.setItem('openets.lang', lang); apply(); }
  };
})();
