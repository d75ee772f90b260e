'use strict';
// The public portal: instruments, K-lines, the live depth ladder, today's statistics, compliance and enforcement.
(() => {
  const { t, yuan, number, percent } = window.I18N;
  const state = { instruments: [], symbol: null, interval: '1d', bars: [], depth: { bids: [], asks: [] },
    compliance: [], enforcement: [], socket: null, chart: null, history: {}, disclosures: [] };
  const $ = id => document.getElementById(id);
  const json = url => fetch(url).then(r => r.ok ? r.json() : Promise.reject(new Error(url + ': ' + r.status)));
  const cell = (row, text, cls) => { const td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; };
  const averageFen = (turnoverFen, volume) => volume === 0 ? 0 : Math.floor((2 * turnoverFen + volume) / (2 * volume));

  async function loadStatus() {
    const h = await json('/health');
    $('status').textContent = t('status', number(h.durableSequence),
      h.readModelLag === 0 ? t('upToDate') : t('behind', number(h.readModelLag)));
  }

  async function loadInstruments() {
    const page = await json('/api/v1/instruments?limit=1000');
    const tops = await Promise.all(page.items.map(i =>
      json('/api/v1/instruments/' + encodeURIComponent(i.symbol) + '/depth?levels=1').catch(() => ({ bids: [], asks: [] }))));
    state.instruments = page.items.map((i, n) => ({ ...i, bid: tops[n].bids[0], ask: tops[n].asks[0] }));
    if (!state.symbol && state.instruments.length) {
      state.symbol = [...state.instruments].sort((a, b) => b.volume - a.volume)[0].symbol;
    }
    renderInstruments();
    renderStatistics();
  }

  function renderInstruments() {
    const body = $('instruments').tBodies[0];
    body.replaceChildren();
    for (const i of state.instruments) {
      const row = body.insertRow();
      row.className = 'selectable' + (i.symbol === state.symbol ? ' selected' : '');
      row.tabIndex = 0;
      row.setAttribute('aria-selected', String(i.symbol === state.symbol));
      row.dataset.symbol = i.symbol;
      cell(row, i.symbol);
      // Before today's first trade the last price is the previous close, the day's reference.
      cell(row, yuan(i.trades > 0 ? i.lastFen : i.referencePriceFen), 'num');
      const change = i.trades > 0 ? i.lastFen - i.referencePriceFen : 0;
      cell(row, (change > 0 ? '+' : '') + yuan(change) + ' ' + percent(change, i.referencePriceFen),
        'num ' + (change > 0 ? 'up' : change < 0 ? 'down' : ''));
      cell(row, number(i.volume), 'num');
      cell(row, i.bid ? yuan(i.bid.priceFen) : '–', 'num');
      cell(row, i.ask ? yuan(i.ask.priceFen) : '–', 'num');
      const choose = () => select(i.symbol);
      row.addEventListener('click', choose);
      row.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } });
    }
  }

  // Each instrument's figures over the chosen period: today's session, or every day since listing (listed and
  // block trades together, as the seed paper counts a market's volume).
  function periodFigures() {
    if ($('period').value === 'today') {
      return state.instruments.map(i => ({ symbol: i.symbol, unit: i.unit, volume: i.volume, turnoverFen: i.turnoverFen,
        highFen: i.highFen, lowFen: i.lowFen }));
    }
    return state.instruments.map(i => {
      const days = (state.history[i.symbol] || []).filter(d => d.volume + d.blockVolume > 0);
      const traded = days.filter(d => d.volume > 0);
      return { symbol: i.symbol, unit: i.unit,
        volume: days.reduce((s, d) => s + d.volume + d.blockVolume, 0) + i.volume,
        turnoverFen: days.reduce((s, d) => s + d.turnoverFen + d.blockTurnoverFen, 0) + i.turnoverFen,
        highFen: Math.max(0, i.trades > 0 ? i.highFen : 0, ...traded.map(d => d.highFen)),
        lowFen: Math.min(Number.MAX_SAFE_INTEGER, i.trades > 0 ? i.lowFen : Number.MAX_SAFE_INTEGER,
          ...traded.map(d => d.lowFen)) };
    });
  }

  const market = unit => /^[A-Z]{2}EA-/.test(unit) ? unit.slice(0, 2) : 'CCER';

  function renderStatistics() {
    const traded = periodFigures().filter(i => i.volume > 0);
    const volume = traded.reduce((s, i) => s + i.volume, 0);
    const turnover = traded.reduce((s, i) => s + i.turnoverFen, 0);
    const offsets = traded.filter(i => market(i.unit) === 'CCER').reduce((s, i) => s + i.volume, 0);
    const priced = traded.filter(i => i.highFen > 0 && i.lowFen < Number.MAX_SAFE_INTEGER);
    const figures = [
      ['totalVolume', number(volume)], ['totalTurnover', yuan(turnover)],
      ['allowances', number(volume - offsets) + ' · ' + percent(volume - offsets, volume)],
      ['offsets', number(offsets) + ' · ' + percent(offsets, volume)],
      ['highest', priced.length ? yuan(Math.max(...priced.map(i => i.highFen))) : '–'],
      ['lowest', priced.length ? yuan(Math.min(...priced.map(i => i.lowFen))) : '–'],
      ['averagePrice', volume ? yuan(averageFen(turnover, volume)) : '–']];
    fill($('stats'), figures);
    const byMarket = { SC: 0, CQ: 0, CCER: 0 };
    traded.forEach(i => { byMarket[market(i.unit)] = (byMarket[market(i.unit)] || 0) + i.volume; });
    fill($('markets'), Object.entries(byMarket).map(([m, v]) => ['market' + m, number(v) + ' · ' + percent(v, volume)]));
    const body = $('ranking').tBodies[0];
    body.replaceChildren();
    for (const i of [...traded].sort((a, b) => b.volume - a.volume)) {
      const row = body.insertRow();
      cell(row, i.symbol); cell(row, number(i.volume), 'num'); cell(row, percent(i.volume, volume), 'num');
      const hasPrices = i.highFen > 0 && i.lowFen < Number.MAX_SAFE_INTEGER;
      cell(row, hasPrices ? yuan(i.highFen) : '–', 'num'); cell(row, hasPrices ? yuan(i.lowFen) : '–', 'num');
      cell(row, yuan(averageFen(i.turnoverFen, i.volume)), 'num');
    }
  }

  function fill(list, figures) {
    list.replaceChildren();
    for (const [key, value] of figures) {
      const box = document.createElement('div');
      const dt = document.createElement('dt'); dt.textContent = t(key);
      const dd = document.createElement('dd'); dd.textContent = value;
      box.append(dt, dd); list.append(box);
    }
  }

  async function loadHistory() {
    const pages = await Promise.all(state.instruments.map(i =>
      json('/api/v1/instruments/' + encodeURIComponent(i.symbol) + '/stats?limit=1000').catch(() => null)));
    state.instruments.forEach((i, n) => { state.history[i.symbol] = pages[n] ? pages[n].history.items : []; });
    renderStatistics();
  }

  // What each covered entity discloses for the year: emissions as verified, surrender, standing.
  async function loadDisclosures() {
    const year = $('year').value;
    const [entities, emissions, standings] = await Promise.all([json('/api/v1/entities?limit=1000'),
      json('/api/v1/emissions?year=' + year + '&limit=1000'), json('/api/v1/compliance?year=' + year + '&limit=1000')]);
    const emitted = new Map(emissions.items.map(e => [e.entityId, e.totalTonnes]));
    const standing = new Map(standings.items.map(s => [s.entityId, s]));
    state.disclosures = entities.items.map(v => v.entity).map(e => ({ entityId: e.entityId, name: e.name,
      jurisdiction: e.jurisdiction, sector: e.sector, year: Number(year), emissionsTonnes: emitted.get(e.entityId),
      surrenderedTonnes: standing.has(e.entityId)
        ? standing.get(e.entityId).allowancesSurrendered + standing.get(e.entityId).creditsSurrendered : undefined,
      standing: standing.has(e.entityId) ? standing.get(e.entityId).standing : undefined }));
    renderDisclosures();
  }

  function renderDisclosures() {
    const wanted = $('filter').value.trim().toLowerCase();
    const body = $('disclosures').tBodies[0];
    body.replaceChildren();
    for (const d of state.disclosures) {
      if (wanted && !(d.entityId + ' ' + d.name).toLowerCase().includes(wanted)) continue;
      const row = body.insertRow();
      cell(row, d.entityId); cell(row, d.name); cell(row, t(d.jurisdiction)); cell(row, d.sector);
      cell(row, d.emissionsTonnes === undefined ? '–' : number(d.emissionsTonnes), 'num');
      cell(row, d.surrenderedTonnes === undefined ? '–' : number(d.surrenderedTonnes), 'num');
      cell(row, d.standing ? t(d.standing) : '–');
    }
  }

  async function select(symbol) {
    state.symbol = symbol;
    renderInstruments();
    $('chart-symbol').textContent = symbol;
    await loadBars();
    subscribe();
  }

  async function loadBars() {
    const page = await json('/api/v1/instruments/' + encodeURIComponent(state.symbol) + '/klines?interval='
      + state.interval + '&limit=1000');
    state.bars = page.items;
    renderChart();
  }

  function renderChart() {
    state.chart = window.KLine.draw(state.chart, $('kline'), state.bars, state.interval);
  }

  function renderDepth() {
    const body = $('depth').tBodies[0];
    body.replaceChildren();
    const asks = [...state.depth.asks].slice(0, 5).reverse();
    for (const level of asks) {
      const row = body.insertRow();
      cell(row, t('sell'), 'ask'); cell(row, yuan(level.priceFen), 'num ask'); cell(row, number(level.quantity), 'num');
    }
    for (const level of state.depth.bids.slice(0, 5)) {
      const row = body.insertRow();
      cell(row, t('buy'), 'bid'); cell(row, yuan(level.priceFen), 'num bid'); cell(row, number(level.quantity), 'num');
    }
  }

  // The public stream: a depth snapshot first, then trades, depth and K-line bars as they become durable.
  function subscribe() {
    if (state.socket) state.socket.close();
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + '/api/v1/stream/instruments/' + encodeURIComponent(state.symbol));
    state.socket = socket;
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      if (socket !== state.socket) return;
      if (message.type === 'depth') {
        state.depth = { bids: message.bids, asks: message.asks };
        renderDepth();
      } else if (message.type === 'kline' && message.interval === state.interval) {
        const bar = message.bar;
        const last = state.bars[state.bars.length - 1];
        if (last && last.start === bar.start) state.bars[state.bars.length - 1] = bar; else state.bars.push(bar);
        renderChart();
      } else if (message.type === 'trade') {
        scheduleInstruments();
      }
    };
  }

  let pending = null;
  function scheduleInstruments() {
    if (pending) return;
    pending = setTimeout(() => { pending = null; loadInstruments().catch(console.error); }, 1000);
  }

  async function loadCompliance() {
    const year = $('year').value;
    state.compliance = await json('/api/v1/compliance/summary?year=' + year);
    const body = $('compliance').tBodies[0];
    body.replaceChildren();
    for (const s of state.compliance) {
      const row = body.insertRow();
      cell(row, t(s.jurisdiction)); cell(row, number(s.entities), 'num'); cell(row, number(s.compliant), 'num');
      cell(row, percent(s.compliant, s.assessed), 'num'); cell(row, number(s.shortfallTonnes), 'num');
      cell(row, yuan(s.shortfallFinesFen + s.violationFinesFen), 'num');
    }
    const register = await json('/api/v1/enforcement?year=' + year + '&limit=1000');
    state.enforcement = register.items;
    const entries = $('enforcement').tBodies[0];
    entries.replaceChildren();
    if (!register.items.length) {
      const row = entries.insertRow(); const td = cell(row, t('none')); td.colSpan = 3;
    }
    for (const e of register.items) {
      const row = entries.insertRow();
      const amount = Object.keys(e).find(k => k.endsWith('Fen'));
      cell(row, e.partyId); cell(row, e.kind); cell(row, amount ? yuan(e[amount]) : '–', 'num');
    }
  }

  // Open data as CSV, built from the same public API the tables read.
  function csv(rows, columns) {
    const quote = v => { const s = String(v ?? ''); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
    return [columns.join(','), ...rows.map(r => columns.map(c => quote(r[c])).join(','))].join('\r\n') + '\r\n';
  }
  function download(link, name, rows, columns) {
    link.addEventListener('click', e => {
      e.preventDefault();
      const url = URL.createObjectURL(new Blob(['\uFEFF' + csv(rows(), columns)], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a'); a.href = url; a.download = name; a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }

  function rerender() {
    window.I18N.apply();
    renderInstruments(); renderStatistics(); renderDepth(); renderChart(); renderDisclosures();
    loadStatus().catch(console.error); loadCompliance().catch(console.error);
  }

  async function start() {
    window.I18N.apply();
    $('lang').addEventListener('click', () => { window.I18N.toggle(); rerender(); });
    document.querySelectorAll('[data-interval]').forEach(button => button.addEventListener('click', () => {
      state.interval = button.dataset.interval;
      document.querySelectorAll('[data-interval]').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      loadBars().catch(console.error);
    }));
    const thisYear = new Date().getFullYear();
    for (let y = thisYear; y >= 2021; y--) {
      const option = document.createElement('option'); option.value = option.textContent = String(y); $('year').append(option);
    }
    $('year').value = String(thisYear - 2);
    $('year').addEventListener('change', () => {
      loadCompliance().catch(console.error);
      loadDisclosures().catch(console.error);
    });
    $('period').addEventListener('change', renderStatistics);
    $('filter').addEventListener('input', renderDisclosures);
    download($('csv-disclosures'), 'disclosures.csv', () => state.disclosures,
      ['entityId', 'name', 'jurisdiction', 'sector', 'year', 'emissionsTonnes', 'surrenderedTonnes', 'standing']);
    download($('csv-instruments'), 'instruments.csv', () => state.instruments,
      ['symbol', 'unit', 'referencePriceFen', 'openFen', 'highFen', 'lowFen', 'lastFen', 'volume', 'turnoverFen', 'vwapFen', 'trades']);
    download($('csv-compliance'), 'compliance.csv', () => state.compliance,
      ['jurisdiction', 'year', 'entities', 'assessed', 'compliant', 'shortEntities', 'shortfallTonnes', 'shortfallFinesFen', 'violationFinesFen']);
    window.addEventListener('resize', () => state.chart && state.chart.resize());
    await Promise.all([loadStatus(), loadInstruments(), loadCompliance(), loadDisclosures()]);
    await loadHistory();
    if (state.symbol) await select(state.symbol);
    // How long the page took from navigation to showing its data, for the tests' one-second check.
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => start().catch(error => {
    $('status').textContent = String(error);
    console.error(error);
  }));
})();
