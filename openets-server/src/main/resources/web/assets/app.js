'use strict';
// What every signed-in page shares: the session, API calls with the bearer token, problem messages, the header.
window.App = (() => {
  const { t } = window.I18N;
  window.I18N.add({
    'zh-CN': { signIn: '登录', signOut: '退出', userId: '用户名', password: '密码', totp: '动态验证码',
      totpHint: '监管人员和企业代表填写', portal: '市场行情', trade: '交易', entityScreen: '企业', regulator: '监管',
      verifier: '核查', signedInAs: '{0}（{1}）', failed: '操作失败：{0}', done: '已完成' },
    en: { signIn: 'Sign in', signOut: 'Sign out', userId: 'User id', password: 'Password', totp: 'Authenticator code',
      totpHint: 'for regulators and entity representatives', portal: 'Market', trade: 'Trading', entityScreen: 'Entity',
      regulator: 'Regulator', verifier: 'Verifier', signedInAs: '{0} ({1})', failed: 'Failed: {0}', done: 'Done' }
  });
  const SCREENS = { MEMBER_TRADER: '/trade.html', MEMBER_ADMIN: '/trade.html', REPRESENTATIVE_INITIATOR: '/entity.html',
    REPRESENTATIVE_APPROVER: '/entity.html', REGULATOR: '/regulator.html', AUTHORITY: '/regulator.html',
    OPERATOR: '/regulator.html', AUDITOR: '/regulator.html', VERIFIER: '/verifier.html' };
  const session = () => JSON.parse(sessionStorage.getItem('openets.session') || 'null');

  class Problem extends Error {
    constructor(problem) { super(problem.detail || problem.title); this.problem = problem; }
  }

  async function api(path, options = {}) {
    const s = session();
    const headers = { 'Content-Type': 'application/json', ...(options.headers || {}) };
    if (s) headers.Authorization = 'Bearer ' + s.accessToken;
    let response = await fetch(path, { ...options, headers });
    if (response.status === 401 && s && s.refreshToken && !options.retried) {
      if (await refresh()) return api(path, { ...options, retried: true });
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Problem(body || { title: String(response.status) });
    return body;
  }

  async function refresh() {
    const s = session();
    const response = await fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: s.refreshToken }) });
    if (!response.ok) { sessionStorage.removeItem('openets.session'); return false; }
    store(await response.json());
    return true;
  }

  const store = reply => sessionStorage.setItem('openets.session', JSON.stringify({
    accessToken: reply.accessToken, refreshToken: reply.refreshToken, user: reply.user }));

  async function signIn(userId, password, totp) {
    const response = await fetch('/api/v1/auth/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(totp ? { userId, password, totp } : { userId, password }) });
    const body = await response.json();
    if (!response.ok) throw new Problem(body);
    store(body);
    return body.user;
  }

  async function signOut() {
    try { await api('/api/v1/auth/sign-out', { method: 'POST' }); } catch (ignored) { /* already gone */ }
    sessionStorage.removeItem('openets.session');
    location.href = '/sign-in.html';
  }

  /** Sends one command; the idempotency key makes a retried click harmless. */
  function command(type, fields) {
    return api('/api/v1/commands', { method: 'POST',
      body: JSON.stringify({ idempotencyKey: type + '-' + crypto.randomUUID(), type, command: fields }) });
  }

  /** The signed-in user, or a trip to the sign-in page when there is none or the role does not fit. */
  function requireUser(roles) {
    const s = session();
    if (!s || (roles && !roles.includes(s.user.role))) {
      location.href = '/sign-in.html?next=' + encodeURIComponent(location.pathname);
      return null;
    }
    return s.user;
  }

  /** The page header: title, navigation, the user, the language button. */
  function header(active) {
    const s = session();
    const bar = document.createElement('header');
    const title = document.createElement('div');
    const h1 = document.createElement('h1'); h1.dataset.i18n = 'title';
    const nav = document.createElement('nav'); nav.setAttribute('aria-label', 'Main');
    const links = [['/', 'portal']];
    if (s && SCREENS[s.user.role]) links.push([SCREENS[s.user.role], screenKey(s.user.role)]);
    for (const [href, key] of links) {
      const a = document.createElement('a'); a.href = href; a.dataset.i18n = key;
      if (key === active) a.setAttribute('aria-current', 'page');
      nav.append(a, ' ');
    }
    title.append(h1, nav);
    const tools = document.createElement('div'); tools.className = 'tools';
    if (s) {
      const who = document.createElement('span'); who.id = 'who';
      who.textContent = s.user.userId + ' · ' + s.user.role;
      const out = document.createElement('button'); out.type = 'button'; out.id = 'sign-out'; out.dataset.i18n = 'signOut';
      out.addEventListener('click', signOut);
      tools.append(who, ' ', out, ' ');
    } else {
      const a = document.createElement('a'); a.href = '/sign-in.html'; a.dataset.i18n = 'signIn'; tools.append(a, ' ');
    }
    const lang = document.createElement('button'); lang.type = 'button'; lang.id = 'lang';
    lang.addEventListener('click', () => { window.I18N.toggle(); document.dispatchEvent(new Event('languagechange')); });
    tools.append(lang);
    bar.append(title, tools);
    document.body.prepend(bar);
  }

  const screenKey = role => ({ '/trade.html': 'trade', '/entity.html': 'entityScreen', '/regulator.html': 'regulator',
    '/verifier.html': 'verifier' })[SCREENS[role]];

  /**
   * Shows the outcome of an action in a live region: the problem's detail, field and rule, or "done". The outcome
   * is kept so that a language switch words it again.
   */
  const reported = new Map();
  document.addEventListener('languagechange', () => reported.forEach((error, element) => show(element, error)));
  function report(element, error) {
    reported.set(element, error);
    show(element, error);
  }
  function show(element, error) {
    element.className = error ? 'message error' : 'message ok';
    if (!error) { element.textContent = t('done'); return; }
    const p = error.problem || {};
    element.textContent = t('failed', (p.detail || error.message) + (p.field ? ' [' + p.field + ']' : '')
      + (p.rule ? ' (' + p.rule + ')' : ''));
  }

  /** A WebSocket to this origin; {@code onMessage} gets each parsed message. */
  function socket(path, onMessage, onOpen) {
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
    ws.onmessage = e => onMessage(JSON.parse(e.data));
    if (onOpen) ws.onopen = () => onOpen(ws);
    return ws;
  }

  return { api, command, signIn, signOut, requireUser, header, report, socket, session, SCREENS, Problem };
})();
