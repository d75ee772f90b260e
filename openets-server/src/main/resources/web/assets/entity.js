'use strict';
// The entity representative's screen: holdings, transfers, the trusted list, emission reports and compliance of
// the holding accounts the signed-in representative acts for.
document.addEventListener('DOMContentLoaded', () => {
  const { t, number } = window.I18N;
  const App = window.App;
  window.I18N.add({
    'zh-CN': {
      myEntity: '重点排放单位', account: '账户', entityName: '名称', entityId: '单位编号', sector: '行业', holdings: '持有量',
      unit: '品种', AVAILABLE: '可用', RESERVED: '已预留', LOCKED: '已锁定', FROZEN: '已冻结', TRADING: '交易中',
      SURRENDERED: '已清缴', RETIRED: '已注销', transfers: '转让', proposeTransfer: '发起转让', toAccount: '转入账户',
      quantityT: '数量(吨)', propose: '提交', pending: '待审批及延迟执行', transferId: '转让编号', fromTo: '转出 → 转入',
      state: '状态', proposedBy: '发起人', approvedBy: '审批人', actions: '操作', approve: '审批', cancel: '撤销',
      remove: '移除', history: '转让记录', executeAt: '执行时间', trusted: '可信账户名单', trustedAccount: '可信账户',
      effectiveAt: '生效时间', trustedDelay: '新增的可信账户在审批后第 {0} 个工作日生效（{1}）。', reports: '排放报告',
      year: '年度', show: '查询', reportId: '报告编号', version: '版本', reportStatus: '状态', totalT: '排放量(吨)',
      obligationT: '清缴义务(吨)', flags: '质量标记', verifier: '核查机构', submit: '提交核查', details: '详情',
      draftReport: '填报排放报告（草稿）', compilerBody: '编制机构编号', outputQuantity: '产量（可选）', outputUnit: '产量单位',
      lines: '活动数据', linesHint: '每行一个排放源；实测值可留空（将采用缺省值并标记）。', addLine: '添加一行', removeLine: '删除此行',
      saveDraft: '保存草稿', kind: '类别', source: '排放源', key: '燃料/电网/热力/工艺', activity: '活动水平',
      installation: '设施', wholeEntity: '整个单位', ncv: '实测低位发热量', carbonContent: '实测单位热值含碳量',
      oxidation: '实测碳氧化率', factor: '实测排放因子', COMBUSTION: '化石燃料燃烧', PURCHASED_ELECTRICITY: '外购电力',
      PURCHASED_HEAT: '外购热力', PROCESS: '工业过程', DRAFT: '草稿', SUBMITTED: '已提交', VERIFIED: '已核查',
      CONFIRMED: '已确认', APPEALED: '复核中', AWAITING_APPROVAL: '待审批', DELAYED: '延迟执行', COMPLETED: '已完成',
      CANCELLED: '已撤销', PROPOSED: '已提议', APPROVED: '已审批', ACTIVE: '生效', late: '逾期', complianceYear: '履约',
      obligation: '清缴义务(吨)', allowancesSurrendered: '已清缴配额(吨)', creditsSurrendered: '已清缴CCER(吨)',
      offsetCap: 'CCER抵销上限(吨)', offsetCapHow: '{0} × {1} 基点', shortfallT: '缺口(吨)', standing: '履约状态',
      surrender: '清缴履约', surrenderButton: '清缴', noEntity: '此账户不属于任何重点排放单位。', nothing: '暂无',
      detailOf: '报告 {0} 第 {1} 版', verifierBody: '核查机构', explanation: '核查说明', qualityFlags: '质量标记',
      remarks: '核查意见', returnReasons: '退回原因',
      refusedDetail: '无法查看报告详情：{0}', COMPLIANT: '已履约', SHORTFALL: '未足额清缴', OPEN: '履约期内',
      NOT_REPORTED: '未报告', badNumber: '请输入正整数', badYear: '请输入年份'
    },
    en: {
      myEntity: 'Entity', account: 'Account', entityName: 'Name', entityId: 'Entity id', sector: 'Sector', holdings: 'Holdings',
      unit: 'Unit', AVAILABLE: 'Available', RESERVED: 'Reserved', LOCKED: 'Locked', FROZEN: 'Frozen', TRADING: 'Trading',
      SURRENDERED: 'Surrendered', RETIRED: 'Retired', transfers: 'Transfers', proposeTransfer: 'Propose a transfer',
      toAccount: 'To account', quantityT: 'Quantity (t)', propose: 'Propose', pending: 'Awaiting approval or delayed',
      transferId: 'Transfer', fromTo: 'From → to', state: 'State', proposedBy: 'Proposed by', approvedBy: 'Approved by',
      actions: 'Actions', approve: 'Approve', cancel: 'Cancel', remove: 'Remove', history: 'History',
      executeAt: 'Executes at', trusted: 'Trusted accounts', trustedAccount: 'Trusted account', effectiveAt: 'Takes effect',
      trustedDelay: 'An addition takes effect {0} working days after its approval ({1}).', reports: 'Emission reports',
      year: 'Year', show: 'Show', reportId: 'Report', version: 'Version', reportStatus: 'Status', totalT: 'Emissions (t)',
      obligationT: 'Obligation (t)', flags: 'Flags', verifier: 'Verifier', submit: 'Submit for verification',
      details: 'Details', draftReport: 'Draft a report', compilerBody: 'Compiled by (body id)',
      outputQuantity: 'Output (optional)', outputUnit: 'Output unit', lines: 'Activity lines',
      linesHint: 'One emission source a line; measured values may stay empty (the default is taken and the line flagged).',
      addLine: 'Add a line', removeLine: 'Remove this line', saveDraft: 'Save draft', kind: 'Kind', source: 'Source',
      key: 'Fuel / grid / heat / process', activity: 'Activity', installation: 'Installation',
      wholeEntity: 'Entity as a whole', ncv: 'Measured net calorific value', carbonContent: 'Measured carbon content',
      oxidation: 'Measured oxidation', factor: 'Measured emission factor', COMBUSTION: 'Fuel combustion',
      PURCHASED_ELECTRICITY: 'Purchased electricity', PURCHASED_HEAT: 'Purchased heat', PROCESS: 'Industrial process',
      DRAFT: 'Draft', SUBMITTED: 'Submitted', VERIFIED: 'Verified', CONFIRMED: 'Confirmed', APPEALED: 'Appealed',
      AWAITING_APPROVAL: 'Awaiting approval', DELAYED: 'Delayed', COMPLETED: 'Completed', CANCELLED: 'Cancelled',
      PROPOSED: 'Proposed', APPROVED: 'Approved', ACTIVE: 'Active', late: 'late', complianceYear: 'Compliance',
      obligation: 'Obligation (t)', allowancesSurrendered: 'Allowances surrendered (t)',
      creditsSurrendered: 'CCER surrendered (t)', offsetCap: 'CCER offset cap (t)', offsetCapHow: '{0} × {1} bp',
      shortfallT: 'Shortfall (t)', standing: 'Standing', surrender: 'Surrender for compliance', surrenderButton: 'Surrender',
      noEntity: 'This account belongs to no registered entity.', nothing: 'None', detailOf: 'Report {0}, version {1}',
      verifierBody: 'Verification body', explanation: "Verifier's explanation", qualityFlags: 'Quality flags',
      remarks: "Verifier's remarks", returnReasons: 'Reasons for return',
      refusedDetail: 'The report details cannot be shown: {0}', COMPLIANT: 'Compliant', SHORTFALL: 'Shortfall',
      OPEN: 'Open', NOT_REPORTED: 'Not reported', badNumber: 'Enter a whole number above zero', badYear: 'Enter a year'
    }
  });
  const user = App.requireUser(['REPRESENTATIVE_INITIATOR', 'REPRESENTATIVE_APPROVER']);
  if (!user) return;
  App.header('entityScreen');
  window.I18N.apply();

  const $ = id => document.getElementById(id);
  const KINDS = ['COMBUSTION', 'PURCHASED_ELECTRICITY', 'PURCHASED_HEAT', 'PROCESS'];
  const POSITIONS = ['available', 'reserved', 'locked', 'frozen', 'trading', 'surrendered', 'retired'];
  const state = { accounts: [], account: null, entity: null, installations: [], holdings: [], rules: {} };
  const lastYear = new Date().getFullYear() - 1;
  $('report-year').value = lastYear;
  $('compliance-year').value = lastYear;

  const cell = (text, numeric) => {
    const td = document.createElement('td');
    td.textContent = text == null || text === '' ? '–' : text;
    if (numeric) td.className = 'num';
    return td;
  };
  const button = (key, onClick) => {
    const b = document.createElement('button'); b.type = 'button'; b.textContent = t(key); b.dataset.action = key;
    b.addEventListener('click', onClick);
    return b;
  };
  const fill = (tbody, rows, columns) => {
    tbody.replaceChildren();
    if (rows.length === 0) {
      const tr = document.createElement('tr'); const td = cell(t('nothing')); td.colSpan = columns; tr.append(td);
      tbody.append(tr);
    }
    return rows;
  };
  const dateTime = millis => millis ? new Intl.DateTimeFormat(window.I18N.lang(), { dateStyle: 'medium',
    timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(millis)) : '–';
  const figure = (dl, key, value, warn) => {
    const div = document.createElement('div'); if (warn) div.className = 'warn';
    const dt = document.createElement('dt'); dt.textContent = t(key);
    const dd = document.createElement('dd'); dd.textContent = value; dd.dataset.figure = key;
    div.append(dt, dd); dl.append(div);
  };
  const wholeNumber = (input, field) => {
    const text = input.value.trim();
    if (!/^[0-9]+$/.test(text) || BigInt(text) === 0n || BigInt(text) > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new App.Problem({ detail: t('badNumber'), field });
    }
    return Number(text);
  };
  const year = input => {
    const text = input.value.trim();
    if (!/^[0-9]{4}$/.test(text)) throw new App.Problem({ detail: t('badYear'), field: 'year' });
    return Number(text);
  };
  /** Runs an action, shows its outcome in {@code message} and reloads what it changed. */
  async function act(message, action, reload) {
    try {
      await action();
      App.report(message);
    } catch (error) {
      App.report(message, error);
      return;
    }
    await reload();
  }

  // --- the entity and its account ---
  async function loadEntity() {
    const page = await App.api('/api/v1/entities?limit=500'
      + (user.jurisdiction ? '&jurisdiction=' + encodeURIComponent(user.jurisdiction) : ''));
    const found = page.items.find(item => item.entity.holdingAccountId === state.account);
    state.entity = found ? found.entity : null;
    state.installations = found ? found.installations : [];
    const dl = $('entity'); dl.replaceChildren();
    if (!state.entity) { figure(dl, 'myEntity', t('noEntity')); return; }
    figure(dl, 'entityName', state.entity.name);
    figure(dl, 'entityId', state.entity.entityId);
    figure(dl, 'jurisdiction', t(state.entity.jurisdiction));
    figure(dl, 'sector', state.entity.sector);
  }

  // --- holdings ---
  async function loadHoldings() {
    state.holdings = await App.api('/api/v1/accounts/' + encodeURIComponent(state.account) + '/holdings');
    const tbody = $('holdings').tBodies[0];
    for (const h of fill(tbody, state.holdings, 8)) {
      const tr = document.createElement('tr'); tr.dataset.unit = h.unit;
      tr.append(cell(h.unit), ...POSITIONS.map(p => cell(number(h[p] || 0), true)));
      tbody.append(tr);
    }
    for (const select of [$('transfer-unit'), $('surrender-unit')]) {
      const chosen = select.value;
      select.replaceChildren(...state.holdings.filter(h => h.available > 0).map(h => new Option(h.unit, h.unit)));
      if (chosen) select.value = chosen;
    }
  }

  // --- transfers ---
  async function loadTransfers() {
    const id = encodeURIComponent(state.account);
    const [pending, history] = await Promise.all([App.api('/api/v1/transfers/pending?limit=500&accountId=' + id),
      App.api('/api/v1/accounts/' + id + '/transfers?limit=100')]);
    const mine = pending.items.filter(p => p.fromAccount === state.account || p.toAccount === state.account);
    const tbody = $('pending').tBodies[0];
    for (const p of fill(tbody, mine, 7)) {
      const tr = document.createElement('tr'); tr.dataset.transferId = p.transferId;
      const actions = document.createElement('td');
      if (p.fromAccount === state.account) {
        if (p.state === 'AWAITING_APPROVAL') {
          actions.append(button('approve', () => act($('pending-message'),
            () => App.command('ApproveTransfer', { transferId: p.transferId }), refreshAccount)));
        }
        actions.append(button('cancel', () => act($('pending-message'),
          () => App.command('CancelTransfer', { transferId: p.transferId }), refreshAccount)));
      }
      tr.append(cell(p.transferId), cell(p.fromAccount + ' → ' + p.toAccount), cell(p.unit), cell(number(p.quantity), true),
        cell(t(p.state) + (p.executeAtMillis ? ' · ' + dateTime(p.executeAtMillis) : '')), cell(p.proposedBy), actions);
      tbody.append(tr);
    }
    const rows = $('history').tBodies[0];
    for (const h of fill(rows, history.items, 8)) {
      const tr = document.createElement('tr'); tr.dataset.transferId = h.transferId;
      tr.append(cell(h.transferId), cell(h.fromAccount + ' → ' + h.toAccount), cell(h.unit), cell(number(h.quantity), true),
        cell(t(h.state)), cell(h.proposedBy), cell(h.approvedBy), cell(dateTime(h.executeAtMillis)));
      rows.append(tr);
    }
  }

  $('transfer-form').addEventListener('submit', event => {
    event.preventDefault();
    act($('transfer-message'), () => App.command('ProposeTransfer', {
      transferId: 'T-' + crypto.randomUUID().slice(0, 13).toUpperCase(), fromAccount: state.account,
      toAccount: $('transfer-to').value.trim(), unit: $('transfer-unit').value,
      quantity: wholeNumber($('transfer-quantity'), 'quantity') }), refreshAccount);
  });

  // --- trusted list ---
  async function loadTrusted() {
    const list = await App.api('/api/v1/accounts/' + encodeURIComponent(state.account) + '/trusted?limit=500');
    const tbody = $('trusted').tBodies[0];
    for (const e of fill(tbody, list.items, 6)) {
      const tr = document.createElement('tr'); tr.dataset.trusted = e.trustedAccountId;
      const actions = document.createElement('td');
      const fields = { accountId: state.account, trustedAccountId: e.trustedAccountId };
      if (e.state === 'PROPOSED') {
        actions.append(button('approve', () => act($('trusted-message'),
          () => App.command('ApproveTrustedAccount', fields), loadTrusted)));
      }
      actions.append(button('remove', () => act($('trusted-message'),
        () => App.command('RemoveTrustedAccount', fields), loadTrusted)));
      tr.append(cell(e.trustedAccountId), cell(t(e.state)), cell(e.proposedBy), cell(e.approvedBy),
        cell(dateTime(e.effectiveAtMillis)), actions);
      tbody.append(tr);
    }
  }

  function showTrustedDelay() {
    const rule = state.rules['REG-TAL-DELAY-WORKING-DAYS'];
    $('trusted-delay').textContent = rule ? t('trustedDelay', rule.value, rule.id + ', ' + rule.document + ' '
      + (rule.article || '')) : '';
  }

  $('trusted-form').addEventListener('submit', event => {
    event.preventDefault();
    act($('trusted-message'), () => App.command('ProposeTrustedAccount', { accountId: state.account,
      trustedAccountId: $('trusted-account').value.trim() }), loadTrusted);
  });

  // --- emission reports ---
  async function loadReports() {
    if (!state.entity) return;
    const tbody = $('reports').tBodies[0];
    let list;
    try {
      list = await App.api('/api/v1/reports?limit=100&entityId=' + encodeURIComponent(state.entity.entityId)
        + '&year=' + year($('report-year')));
    } catch (error) {
      App.report($('reports-message'), error);
      fill(tbody, [], 8);
      return;
    }
    for (const r of fill(tbody, list.items, 8)) {
      const tr = document.createElement('tr'); tr.dataset.reportId = r.reportId; tr.dataset.status = r.status;
      const actions = document.createElement('td');
      if (r.status === 'DRAFT') {
        actions.append(button('submit', () => act($('reports-message'),
          () => App.command('SubmitReport', { reportId: r.reportId }), loadReports)));
      }
      actions.append(button('details', () => showReport(r.reportId)));
      tr.append(cell(r.reportId), cell(r.version, true), cell(t(r.status) + (r.late ? ' (' + t('late') + ')' : '')),
        cell(number(r.totalTonnes), true), cell(number(r.obligationTonnes), true), cell(number(r.flags), true),
        cell(r.verifierBodyId), actions);
      tbody.append(tr);
    }
  }

  async function showReport(reportId) {
    const panel = $('report-detail');
    panel.classList.remove('hidden');
    panel.replaceChildren();
    try {
      const report = await App.api('/api/v1/reports/' + encodeURIComponent(reportId));
      const v = report.current;
      const h = document.createElement('h3'); h.textContent = t('detailOf', report.reportId, v.drafted.version);
      const dl = document.createElement('dl'); dl.className = 'figures';
      figure(dl, 'reportStatus', t(v.status) + (v.late ? ' (' + t('late') + ')' : ''));
      figure(dl, 'totalT', number(v.drafted.totalTonnes));
      figure(dl, 'verifierBody', v.verifierBodyId || '–');
      figure(dl, 'qualityFlags', v.flags.length ? v.flags.map(f => f.code || f.rule || JSON.stringify(f)).join(', ') : '–');
      figure(dl, 'explanation', v.explanation || '–');
      figure(dl, 'remarks', v.remarks || '–');
      figure(dl, 'returnReasons', v.returnReasons || '–');
      panel.append(h, dl);
    } catch (error) {
      const p = document.createElement('p'); p.className = 'message error';
      const problem = error.problem || {};
      p.textContent = t('refusedDetail', (problem.detail || error.message) + (problem.rule ? ' (' + problem.rule + ')' : ''));
      panel.append(p);
    }
    panel.focus();
  }

  function addLine() {
    const n = $('lines').children.length;
    const line = document.createElement('div'); line.className = 'line'; line.dataset.line = String(n);
    const field = (key, control) => {
      const wrap = document.createElement('div');
      control.id = 'line-' + n + '-' + key; control.name = key;
      const label = document.createElement('label'); label.htmlFor = control.id; label.dataset.i18n = key;
      label.textContent = t(key);
      wrap.append(label, control);
      line.append(wrap);
      return control;
    };
    const input = (key, mode) => {
      const i = document.createElement('input'); i.autocomplete = 'off'; i.maxLength = 64;
      if (mode) i.inputMode = mode;
      return field(key, i);
    };
    const kind = document.createElement('select');
    for (const k of KINDS) { const o = new Option(t(k), k); o.dataset.i18n = k; kind.append(o); }
    field('kind', kind);
    input('source'); input('key'); input('activity', 'decimal');
    const installation = document.createElement('select');
    const whole = new Option(t('wholeEntity'), ''); whole.dataset.i18n = 'wholeEntity'; installation.append(whole);
    for (const i of state.installations) installation.append(new Option(i.installationId + ' · ' + i.name, i.installationId));
    field('installation', installation);
    for (const key of ['ncv', 'carbonContent', 'oxidation', 'factor']) input(key, 'decimal');
    const remove = button('removeLine', () => line.remove()); remove.classList.add('remove'); remove.dataset.i18n = 'removeLine';
    line.append(remove);
    $('lines').append(line);
  }
  $('add-line').addEventListener('click', addLine);

  /** The activity lines as the DraftReport command carries them: exact decimal text, empty means not measured. */
  function activityLines() {
    return [...$('lines').querySelectorAll('.line')].map(line => {
      const value = name => { const v = line.querySelector('[name="' + name + '"]').value.trim(); return v === '' ? null : v; };
      return { kind: value('kind'), source: value('source'), key: value('key'), quantity: value('activity'),
        measuredNetCalorificValue: value('ncv'), measuredCarbonContent: value('carbonContent'),
        measuredOxidation: value('oxidation'), measuredFactor: value('factor'), installationId: value('installation') };
    });
  }

  $('report-form').addEventListener('submit', event => {
    event.preventDefault();
    act($('report-message'), () => {
      const output = $('draft-output').value.trim();
      return App.command('DraftReport', { reportId: $('draft-id').value.trim(), entityId: state.entity && state.entity.entityId,
        year: year($('report-year')), compilerBodyId: $('draft-compiler').value.trim(), lines: activityLines(),
        output: output ? { quantity: output, unit: $('draft-output-unit').value.trim() } : null });
    }, loadReports);
  });
  $('report-show').addEventListener('click', loadReports);

  // --- compliance ---
  async function loadCompliance() {
    if (!state.entity) return;
    const dl = $('compliance');
    let status;
    try {
      const page = await App.api('/api/v1/compliance?entityId=' + encodeURIComponent(state.entity.entityId)
        + '&year=' + year($('compliance-year')));
      status = page.items[0];
    } catch (error) {
      dl.replaceChildren(); App.report($('surrender-message'), error); return;
    }
    dl.replaceChildren();
    if (!status) { figure(dl, 'obligation', t('nothing')); return; }
    const bps = state.rules['CMP-OFFSET-CAP-BPS'];
    figure(dl, 'obligation', number(status.obligationTonnes));
    figure(dl, 'allowancesSurrendered', number(status.allowancesSurrendered));
    figure(dl, 'creditsSurrendered', number(status.creditsSurrendered));
    if (bps) {
      // Integer tonnes, rounded down like the rule's own calculator: no binary fractions on the way.
      const cap = BigInt(status.obligationTonnes) * BigInt(bps.value) / 10000n;
      figure(dl, 'offsetCap', number(cap) + ' (' + t('offsetCapHow', number(status.obligationTonnes), bps.value) + ')');
    }
    figure(dl, 'shortfallT', number(status.shortfallTonnes), status.shortfallTonnes > 0);
    figure(dl, 'standing', t(status.standing));
  }
  $('compliance-show').addEventListener('click', loadCompliance);

  $('surrender-form').addEventListener('submit', event => {
    event.preventDefault();
    act($('surrender-message'), () => App.command('SurrenderForCompliance', {
      entityId: state.entity && state.entity.entityId, year: year($('compliance-year')), unit: $('surrender-unit').value,
      quantity: wholeNumber($('surrender-quantity'), 'quantity') }), async () => { await loadHoldings(); await loadCompliance(); });
  });

  // --- putting it together ---
  async function refreshAccount() {
    await Promise.all([loadHoldings(), loadTransfers()]);
  }

  async function loadAccount() {
    await loadEntity();
    $('draft-id').value = state.entity ? 'R-' + $('report-year').value + '-' + state.entity.entityId + '-'
      + crypto.randomUUID().slice(0, 4).toUpperCase() : '';
    $('lines').replaceChildren();
    addLine();
    await Promise.all([refreshAccount(), loadTrusted(), loadReports(), loadCompliance()]);
  }

  async function loadRules() {
    for (const id of ['CMP-OFFSET-CAP-BPS', 'REG-TAL-DELAY-WORKING-DAYS']) {
      try { state.rules[id] = await App.api('/api/v1/rules/' + id); } catch (ignored) { /* shown without it */ }
    }
    showTrustedDelay();
  }

  $('account').addEventListener('change', async () => { state.account = $('account').value; await loadAccount(); });
  document.addEventListener('languagechange', () => { showTrustedDelay(); loadEntity(); loadAccountViews(); });
  const loadAccountViews = () => Promise.all([refreshAccount(), loadTrusted(), loadReports(), loadCompliance()]);

  (async () => {
    try {
      const me = await App.api('/api/v1/auth/me');
      state.accounts = me.accounts || [];
      $('account').replaceChildren(...state.accounts.map(a => new Option(a, a)));
      state.account = state.accounts[0] || null;
      await loadRules();
      if (state.account) await loadAccount();
    } catch (error) {
      App.report($('transfer-message'), error);
    }
    document.body.dataset.ready = 'true';
  })();
});
