'use strict';
// A member's trading screen: its accounts' money and positions, order entry checked against the day's band, tick
// and lot, its open orders with cancel, its executions, and the instrument's live ladder and K-line chart.
(() => {
  const { t, yuan, number } = window.I18N;
  window.I18N.add({
    'zh-CN': { tradingAccount: '交易账户', account: '账户', positions: '交易持仓', inTrading: '交易持仓(吨)',
      heldBySells: '卖单冻结(吨)', boughtToday: '今日买入(吨)', sellable: '可卖(吨)', available: '可用资金',
      reserved: '冻结资金', withdrawable: '可取资金', newOrder: '委托下单', limitPrice: '限价(元)',
      quantityTonnes: '数量(吨)', timeInForce: '有效期', DAY: '当日有效', GTC: '撤销前有效', IOC: '立即成交剩余撤销',
      FOK: '全部成交或撤销', place: '下单', orders: '笔数', openOrders: '当前委托', orderId: '委托号',
      openQuantity: '未成交(吨)', filled: '已成交(吨)', action: '操作', cancel: '撤单', cancelOrder: '撤销委托 {0}',
      executions: '成交回报', time: '时间', liquidity: '流动性', fee: '手续费', MAKER: '挂单方', TAKER: '吃单方',
      band: '今日价格区间', tick: '最小变动价位', lot: '交易单位', maxOrder: '单笔最大', phase: '交易阶段',
      referencePrice: '参考价', tonnes: '{0} 吨', noAccounts: '没有可交易的账户', noOrders: '暂无委托',
      noExecutions: '暂无成交', placed: '委托 {0} 已受理', cancelled: '委托 {0} 已撤销', live: '实时',
      priceFormat: '限价须为元，最多两位小数', priceTick: '价格须为 {0} 的整数倍', priceBand: '价格须在 {0} 至 {1} 之间',
      quantityFormat: '数量须为正整数吨', quantityLot: '数量须为 {0} 吨的整数倍', quantityMax: '单笔不得超过 {0} 吨',
      PRE_OPEN: '开盘前', CALL_AUCTION: '集合竞价', CONTINUOUS: '连续交易', BREAK: '午间休市',
      CLOSED: '已收市', HALTED: '停牌' },
    en: { tradingAccount: 'Trading account', account: 'Account', positions: 'Trading positions', inTrading: 'In trading (t)',
      heldBySells: 'Held by sell orders (t)', boughtToday: 'Bought today (t)', sellable: 'Sellable (t)',
      available: 'Available funds', reserved: 'Reserved funds', withdrawable: 'Withdrawable', newOrder: 'New order',
      limitPrice: 'Limit price (yuan)', quantityTonnes: 'Quantity (t)', timeInForce: 'Time in force', DAY: 'Day',
      GTC: 'Good till cancelled', IOC: 'Immediate or cancel', FOK: 'Fill or kill', place: 'Place order', orders: 'Orders',
      openOrders: 'Open orders', orderId: 'Order', openQuantity: 'Open (t)', filled: 'Filled (t)', action: 'Action',
      cancel: 'Cancel', cancelOrder: 'Cancel order {0}', executions: 'Executions', time: 'Time', liquidity: 'Liquidity',
      fee: 'Fee', MAKER: 'Maker', TAKER: 'Taker', band: "Today's price band", tick: 'Tick', lot: 'Lot',
      maxOrder: 'Largest order', phase: 'Phase', referencePrice: 'Reference price', tonnes: '{0} t',
      noAccounts: 'No trading accounts', noOrders: 'No open orders', noExecutions: 'No executions yet',
      placed: 'Order {0} accepted', cancelled: 'Order {0} cancelled', live: 'live',
      priceFormat: 'the limit price is in yuan with at most two decimals', priceTick: 'the price must be a multiple of {0}',
      priceBand: 'the price must be within {0} to {1}', quantityFormat: 'the quantity is a whole number of tonnes',
      quantityLot: 'the quantity must be whole lots of {0} t', quantityMax: 'the largest order is {0} t',
      PRE_OPEN: 'Pre-open', CALL_AUCTION: 'Call auction', CONTINUOUS: 'Continuous', BREAK: 'Break',
      CLOSED: 'Closed', HALTED: 'Halted' }
  });

  const state = { accounts: [], account: null, trading: null, instruments: [], symbol: null, instrument: null,
    depth: { bids: [], asks: [] }, interval: '1m', bars: [], orders: new Map(), executions: [], chart: null,
    market: null, privateStream: null };
  const $ = id => document.getElementById(id);
  const cell = (row, text, cls) => { const td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; };
  const path = (...parts) => parts.map(encodeURIComponent).join('/');

  /**
   * Yuan typed as text to integer fen, from the digits themselves: "62.3" is 6230, never 62.3 * 100 in binary
   * floating point. Null when the text is not a plain amount with at most two decimals.
   */
  function fenOf(text) {
    const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
    if (!match) return null;
    return Number(match[1]) * 100 + Number((match[2] || '').padEnd(2, '0'));
  }

  /** A problem shaped like the engine's, so the page shows a local refusal the same way, rule and field included. */
  const refusal = (field, rule, detail) => Object.assign(new Error(detail), { problem: { detail, field, rule } });

  /** The checks the engine makes on price and quantity, made first here so a mistyped order never leaves the page. */
  function checkOrder(priceText, quantityText) {
    const i = state.instrument;
    const priceFen = fenOf(priceText);
    if (priceFen === null || priceFen <= 0) throw refusal('priceFen', 'API-FIELD-FORMAT', t('priceFormat'));
    if (priceFen % i.tickFen !== 0) throw refusal('priceFen', 'EXC-TICK-SIZE-FEN', t('priceTick', yuan(i.tickFen)));
    if (priceFen < i.bandLowFen || priceFen > i.bandHighFen) {
      throw refusal('priceFen', 'EXC-PRICE-LIMIT-LISTED-BPS', t('priceBand', yuan(i.bandLowFen), yuan(i.bandHighFen)));
    }
    if (!/^\d{1,9}$/.test(quantityText.trim()) || Number(quantityText) <= 0) {
      throw refusal('quantity', 'API-FIELD-FORMAT', t('quantityFormat'));
    }
    const quantity = Number(quantityText);
    if (i.maxOrderTonnes > 0 && quantity > i.maxOrderTonnes) {
      throw refusal('quantity', 'EXC-MAX-ORDER-TONNES', t('quantityMax', number(i.maxOrderTonnes)));
    }
    if (quantity % i.lotTonnes !== 0) throw refusal('quantity', 'EXC-LOT-SIZE', t('quantityLot', number(i.lotTonnes)));
    return { priceFen, quantity };
  }

  async function loadAccounts() {
    const me = await window.App.api('/api/v1/auth/me');
    const views = await Promise.all(me.accounts.map(id =>
      window.App.api('/api/v1/accounts/' + path(id) + '/trading').catch(() => null)));
    state.accounts = views.filter(v => v);
    const select = $('account');
    select.replaceChildren();
    for (const v of state.accounts) {
      const option = document.createElement('option'); option.value = option.textContent = v.accountId; select.append(option);
    }
    state.account = state.accounts.length ? state.accounts[0].accountId : null;
    state.trading = state.accounts[0] || null;
  }

  async function loadTrading() {
    if (!state.account) return;
    state.trading = await window.App.api('/api/v1/accounts/' + path(state.account) + '/trading');
    renderTrading();
  }

  function renderTrading() {
    const list = $('funds');
    list.replaceChildren();
    const v = state.trading;
    const figures = v ? [['available', yuan(v.availableFen)], ['reserved', yuan(v.reservedFen)],
      ['withdrawable', yuan(v.withdrawableFen)]] : [['account', t('noAccounts')]];
    for (const [key, value] of figures) {
      const box = document.createElement('div');
      const dt = document.createElement('dt'); dt.textContent = t(key);
      const dd = document.createElement('dd'); dd.textContent = value; dd.dataset.figure = key;
      box.append(dt, dd); list.append(box);
    }
    const body = $('positions').tBodies[0];
    body.replaceChildren();
    for (const p of v ? v.positions : []) {
      const row = body.insertRow();
      cell(row, p.symbol); cell(row, number(p.inTrading), 'num'); cell(row, number(p.reservedForSells), 'num');
      cell(row, number(p.boughtToday), 'num'); cell(row, number(p.sellable), 'num');
    }
  }

  async function loadInstruments() {
    const page = await window.App.api('/api/v1/instruments?limit=1000');
    state.instruments = page.items;
    const select = $('symbol');
    select.replaceChildren();
    for (const i of state.instruments) {
      const option = document.createElement('option'); option.value = option.textContent = i.symbol; select.append(option);
    }
    if (!state.symbol && state.instruments.length) {
      state.symbol = [...state.instruments].sort((a, b) => b.volume - a.volume)[0].symbol;
    }
    select.value = state.symbol;
  }

  async function loadInstrument() {
    state.instrument = await window.App.api('/api/v1/instruments/' + path(state.symbol));
    renderLimits();
  }

  function renderLimits() {
    const i = state.instrument;
    $('order-symbol').textContent = state.symbol;
    $('chart-symbol').textContent = state.symbol;
    const list = $('limits');
    list.replaceChildren();
    if (!i) return;
    const figures = [['phase', t(i.halted ? 'HALTED' : i.phase)], ['referencePrice', yuan(i.referencePriceFen)],
      ['band', yuan(i.bandLowFen) + ' – ' + yuan(i.bandHighFen)], ['tick', yuan(i.tickFen)],
      ['lot', t('tonnes', number(i.lotTonnes))]];
    if (i.maxOrderTonnes > 0) figures.push(['maxOrder', t('tonnes', number(i.maxOrderTonnes))]);
    for (const [key, value] of figures) {
      const box = document.createElement('div');
      const dt = document.createElement('dt'); dt.textContent = t(key);
      const dd = document.createElement('dd'); dd.textContent = value; dd.dataset.limit = key;
      box.append(dt, dd); list.append(box);
    }
  }

  // Open orders: the read model's list on load, then kept current from the private stream's events.
  async function loadOrders() {
    state.orders.clear();
    if (!state.account) { renderOrders(); return; }
    for (const status of ['NEW', 'PARTIALLY_FILLED']) {
      const page = await window.App.api('/api/v1/orders?accountId=' + encodeURIComponent(state.account)
        + '&status=' + status + '&limit=1000');
      for (const o of page.items) {
        state.orders.set(o.orderId, { orderId: o.orderId, symbol: o.symbol, side: o.side, priceFen: o.priceFen,
          openQuantity: o.openQuantity, filledQuantity: o.filledQuantity, timeInForce: o.timeInForce, seq: o.updatedSequence });
      }
    }
    renderOrders();
  }

  function renderOrders() {
    const body = $('open-orders').tBodies[0];
    body.replaceChildren();
    const orders = [...state.orders.values()].sort((a, b) => b.seq - a.seq);
    if (!orders.length) { const td = cell(body.insertRow(), t('noOrders')); td.colSpan = 8; return; }
    for (const o of orders) {
      const row = body.insertRow();
      row.dataset.orderId = o.orderId;
      cell(row, o.orderId); cell(row, o.symbol); cell(row, t(o.side.toLowerCase()), o.side === 'BUY' ? 'bid' : 'ask');
      cell(row, yuan(o.priceFen), 'num'); cell(row, number(o.openQuantity), 'num'); cell(row, number(o.filledQuantity), 'num');
      cell(row, t(o.timeInForce));
      const button = document.createElement('button');
      button.type = 'button'; button.className = 'cancel'; button.textContent = t('cancel');
      button.setAttribute('aria-label', t('cancelOrder', o.orderId));
      button.addEventListener('click', () => cancel(o.orderId, button));
      row.insertCell().append(button);
    }
  }

  async function cancel(orderId, button) {
    button.disabled = true;
    const message = $('cancel-message');
    try {
      await window.App.command('CancelOrder', { orderId });
      message.className = 'message ok'; message.textContent = t('cancelled', orderId);
    } catch (error) {
      button.disabled = false;
      window.App.report(message, error);
    }
  }

  function renderExecutions() {
    const body = $('executions').tBodies[0];
    body.replaceChildren();
    const shown = state.executions.filter(e => e.accountId === state.account);
    if (!shown.length) { const td = cell(body.insertRow(), t('noExecutions')); td.colSpan = 8; return; }
    const time = new Intl.DateTimeFormat(window.I18N.lang(), { timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
    for (const e of shown) {
      const row = body.insertRow();
      cell(row, time.format(new Date(e.timestampMillis))); cell(row, e.orderId); cell(row, e.symbol);
      cell(row, t(e.side.toLowerCase()), e.side === 'BUY' ? 'bid' : 'ask'); cell(row, t(e.liquidity));
      cell(row, yuan(e.priceFen), 'num'); cell(row, number(e.quantity), 'num'); cell(row, yuan(e.feeFen), 'num');
    }
  }

  function renderDepth() {
    const body = $('depth').tBodies[0];
    body.replaceChildren();
    for (const level of state.depth.asks.slice(0, 10).reverse()) {
      const row = body.insertRow();
      cell(row, t('sell'), 'ask'); cell(row, yuan(level.priceFen), 'num ask'); cell(row, number(level.quantity), 'num');
      cell(row, number(level.orders), 'num');
    }
    for (const level of state.depth.bids.slice(0, 10)) {
      const row = body.insertRow();
      cell(row, t('buy'), 'bid'); cell(row, yuan(level.priceFen), 'num bid'); cell(row, number(level.quantity), 'num');
      cell(row, number(level.orders), 'num');
    }
  }

  async function loadBars() {
    const page = await window.App.api('/api/v1/instruments/' + path(state.symbol) + '/klines?interval='
      + state.interval + '&limit=1000');
    state.bars = page.items;
    renderChart();
  }

  function renderChart() {
    state.chart = window.KLine.draw(state.chart, $('kline'), state.bars, state.interval);
  }

  /** Runs {@code fn} once, a moment after the last of a burst of calls. */
  function debounced(fn, millis) {
    let timer = null;
    return () => { clearTimeout(timer); timer = setTimeout(() => fn().catch(console.error), millis); };
  }
  const refreshTrading = debounced(loadTrading, 200);
  const refreshInstrument = debounced(loadInstrument, 300);

  // The public stream: a depth snapshot first, then trades, depth and bars in journal order.
  function subscribeMarket() {
    if (state.market) state.market.close();
    let first = true;
    return new Promise(resolve => {
      const socket = window.App.socket('/api/v1/stream/instruments/' + path(state.symbol), message => {
        if (socket !== state.market) return;
        if (message.type === 'depth') {
          state.depth = { bids: message.bids, asks: message.asks };
          renderDepth();
          if (first) { first = false; resolve(); }
        } else if (message.type === 'kline' && message.interval === state.interval) {
          const last = state.bars[state.bars.length - 1];
          if (last && last.start === message.bar.start) state.bars[state.bars.length - 1] = message.bar;
          else if (!last || message.bar.start > last.start) state.bars.push(message.bar);
          renderChart();
        } else if (message.type === 'trade') {
          refreshInstrument();
        }
      });
      state.market = socket;
      socket.addEventListener('close', () => resolve());
    });
  }

  // The private stream: the access token as the first message, then the member's own orders and executions.
  function subscribeOrders() {
    return new Promise(resolve => {
      const socket = window.App.socket('/api/v1/stream/orders', message => {
        if (message.type === 'authenticated') { resolve(); return; }
        if (message.type === 'order') onOrder(message);
        else if (message.type === 'execution') onExecution(message);
      }, ws => ws.send(JSON.stringify({ type: 'auth', token: window.App.session().accessToken })));
      state.privateStream = socket;
      socket.addEventListener('close', () => {
        resolve();
        if (state.privateStream === socket) setTimeout(() => subscribeOrders().catch(console.error), 3000);
      });
    });
  }

  function onOrder(message) {
    const o = message.order;
    if (o.accountId !== state.account) return;
    if (message.event === 'OrderAccepted') {
      state.orders.set(o.orderId, { orderId: o.orderId, symbol: o.symbol, side: o.side, priceFen: o.priceFen,
        openQuantity: o.quantity, filledQuantity: 0, timeInForce: o.timeInForce, seq: message.sequence });
    } else if (message.event === 'OrderAmended') {
      const known = state.orders.get(o.orderId);
      if (known) Object.assign(known, { priceFen: o.priceFen, openQuantity: o.openQuantity, seq: message.sequence });
    } else if (message.event === 'OrderCancelled') {
      state.orders.delete(o.orderId);
    }
    renderOrders();
    refreshTrading();
  }

  function onExecution(e) {
    state.executions.unshift(e);
    const known = state.orders.get(e.orderId);
    if (known) {
      known.openQuantity -= e.quantity;
      known.filledQuantity += e.quantity;
      if (known.openQuantity <= 0) state.orders.delete(e.orderId);
    }
    renderOrders();
    renderExecutions();
    if (e.accountId === state.account) refreshTrading();
  }

  async function place(event) {
    event.preventDefault();
    const form = $('order');
    const message = $('order-message');
    try {
      const { priceFen, quantity } = checkOrder(form.price.value, form.quantity.value);
      const orderId = 'W' + crypto.randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase();
      $('place').disabled = true;
      await window.App.command('PlaceOrder', { orderId, accountId: state.account, symbol: state.symbol,
        side: form.side.value, type: 'LIMIT', timeInForce: form.tif.value, priceFen, quantity });
      message.className = 'message ok';
      message.textContent = t('placed', orderId);
    } catch (error) {
      window.App.report(message, error);
    } finally {
      $('place').disabled = false;
    }
  }

  async function chooseSymbol(symbol) {
    state.symbol = symbol;
    $('symbol').value = symbol;
    await Promise.all([loadInstrument(), loadBars(), subscribeMarket()]);
    document.body.dataset.symbol = symbol;
  }

  async function chooseAccount(accountId) {
    state.account = accountId;
    await Promise.all([loadTrading(), loadOrders()]);
    renderExecutions();
    document.body.dataset.account = accountId;
  }

  function rerender() {
    window.I18N.apply();
    renderTrading(); renderLimits(); renderOrders(); renderExecutions(); renderDepth(); renderChart();
  }

  async function start() {
    if (!window.App.requireUser(['MEMBER_TRADER', 'MEMBER_ADMIN'])) return;
    window.App.header('trade');
    window.I18N.apply();
    document.addEventListener('languagechange', rerender);
    $('order').addEventListener('submit', place);
    $('account').addEventListener('change', e => chooseAccount(e.target.value).catch(console.error));
    $('symbol').addEventListener('change', e => chooseSymbol(e.target.value).catch(console.error));
    document.querySelectorAll('[data-interval]').forEach(button => button.addEventListener('click', () => {
      state.interval = button.dataset.interval;
      document.querySelectorAll('[data-interval]').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      loadBars().catch(console.error);
    }));
    window.addEventListener('resize', () => state.chart && state.chart.resize());
    await Promise.all([loadAccounts(), loadInstruments()]);
    await Promise.all([subscribeOrders(), chooseAccount(state.account),
      state.symbol ? chooseSymbol(state.symbol) : Promise.resolve()]);
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => start().catch(error => {
    window.App.report($('order-message'), error);
    console.error(error);
  }));
})();
