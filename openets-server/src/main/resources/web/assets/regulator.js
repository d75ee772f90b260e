'use strict';
// The regulator's console: its jurisdiction's entities, reports to confirm, allocation, auctions, the compliance
// close with penalties, and the rulebook. Auditors see the same figures without any action.
(() => {
  const { t, yuan, number } = window.I18N;
  window.I18N.add({
    'zh-CN': { console: '监管控制台', readOnly: '只读', reports: '排放报告', showStatus: '显示状态', allStatuses: '全部',
      report: '报告', version: '版本', reportStatus: '状态', totalTonnes: '排放总量(吨)', obligationTonnes: '履约量(吨)',
      flags: '质量标记', verifierBody: '核查机构', actions: '操作', confirm: '确认', returnReport: '退回',
      reasons: '退回理由', name: '名称', sector: '行业', holdingAccount: '持有账户', installations: '设施',
      installation: '设施', facility: '类型', capacity: '规模', showInstallations: '查看设施',
      installationsOf: '{0} 的设施', allocation: '配额分配', preAllocate: '预分配', trueUp: '核定发放', unit: '配额品种', cap: '总量(吨)', freeDelivered: '已免费发放(吨)',
      auctioned: '拍卖(吨)', reserved: '储备(吨)', method: '分配方法', preAllocated: '预分配(吨)', final: '核定(吨)',
      delivered: '已发放(吨)', auctions: '拍卖', auction: '拍卖编号', volumeT: '数量(吨)', reservePrice: '底价',
      bids: '投标数', complianceRun: '履约清缴', closedQ: '已关账', closeCompliance: '关闭 {0} 年度履约',
      penalties: '处罚', kind: '类别', rulebook: '规则手册', rule: '规则', description: '说明', value: '当前值',
      legalBasis: '法律依据', versions: '版本数', effectiveFrom: '生效日期', ruleHistory: '{0} 的版本',
      yes: '是', no: '否', unlimited: '不限', reportsYears: '{0}–{1} 年度的报告', noRows: '暂无',
      'st.DRAFT': '草稿', 'st.SUBMITTED': '已提交', 'st.VERIFIED': '已核查', 'st.CONFIRMED': '已确认', 'st.APPEALED': '复核中',
      announceAuction: '发布拍卖公告', auctionAccount: '拍卖账户', reserveBasis: '底价依据', 'basis.EXPLICIT': '明示底价',
      'basis.LISTED_VWAP_3_MONTHS': '前三个月挂牌成交均价', reservePriceYuan: '底价(元)', windowOpens: '投标开始(北京时间)',
      windowCloses: '投标截止(北京时间)', announce: '发布', closeAuction: '关闭并出清', cancelAuction: '取消',
      cancelReason: '取消原因', shortfallFine: '未足额清缴罚款', violationFine: '违法行为罚款', multiple: '倍数',
      multipleRange: '可选 {0}–{1} 倍', imposeFine: '处以罚款', finedParty: '被处罚单位或个人', violation: '违法行为',
      gainsYuan: '违法所得(元)', fineYuan: '罚款金额(元)', allocationCutBps: '核减配额(基点)', amendRule: '修订此规则',
      newValue: '新值', document: '文件', article: '条款', amend: '修订', notYuan: '须为金额,最多两位小数',
      notWhole: '须为整数', badTime: '须为有效的日期和时间',
      'as.OPEN': '投标中', 'as.CLEARED': '已出清', 'as.SETTLED': '已交收', 'as.CANCELLED': '已取消',
      'v.REPORTING_FAILURE': '未按规定报告排放(第21条)', 'v.DATA_FRAUD': '重点排放单位数据弄虚作假(第22条)',
      'v.DATA_FRAUD_PERSON': '数据弄虚作假的责任人员(第22条)', 'v.VERIFIER_FRAUD': '核查机构出具虚假报告(第23条)',
      'v.LAB_FRAUD': '检验检测机构出具虚假数据(第23条)', 'v.VERIFIER_OR_LAB_PERSON': '核查或检测机构责任人员(第23条)',
      'v.OBSTRUCTION': '拒绝、阻碍监督检查(第26条)' },
    en: { console: 'Regulator console', readOnly: 'Read only', reports: 'Emission reports', showStatus: 'Show status',
      allStatuses: 'All', report: 'Report', version: 'Version', reportStatus: 'Status', totalTonnes: 'Total (t)',
      obligationTonnes: 'Obligation (t)', flags: 'Flags', verifierBody: 'Verifier', actions: 'Actions',
      confirm: 'Confirm', returnReport: 'Return', reasons: 'Reasons for return', name: 'Name', sector: 'Sector',
      holdingAccount: 'Holding account', installations: 'Installations', installation: 'Installation',
      facility: 'Facility', capacity: 'Capacity', showInstallations: 'Installations', installationsOf: 'Installations of {0}',
      allocation: 'Allocation', preAllocate: 'Pre-allocate', trueUp: 'True up', unit: 'Unit', cap: 'Cap (t)', freeDelivered: 'Free delivered (t)',
      auctioned: 'Auctioned (t)', reserved: 'Reserve (t)', method: 'Method', preAllocated: 'Pre-allocated (t)',
      final: 'Final (t)', delivered: 'Delivered (t)', auctions: 'Auctions', auction: 'Auction', volumeT: 'Volume (t)',
      reservePrice: 'Reserve price', bids: 'Bids', complianceRun: 'Compliance', closedQ: 'Closed',
      closeCompliance: 'Close compliance {0}', penalties: 'Penalties', kind: 'Kind', rulebook: 'Rulebook', rule: 'Rule',
      description: 'Description', value: 'Value in force', legalBasis: 'Legal basis', versions: 'Versions',
      effectiveFrom: 'Effective from', ruleHistory: 'Versions of {0}', yes: 'Yes', no: 'No', unlimited: 'No limit',
      reportsYears: 'Reports of {0}–{1}', noRows: 'None',
      'st.DRAFT': 'Draft', 'st.SUBMITTED': 'Submitted', 'st.VERIFIED': 'Verified', 'st.CONFIRMED': 'Confirmed',
      'st.APPEALED': 'Appealed',
      announceAuction: 'Announce an auction', auctionAccount: 'Auction account', reserveBasis: 'Reserve basis',
      'basis.EXPLICIT': 'Explicit price', 'basis.LISTED_VWAP_3_MONTHS': 'Listed VWAP of 3 months',
      reservePriceYuan: 'Reserve price (yuan)', windowOpens: 'Bidding opens (CST)', windowCloses: 'Bidding closes (CST)',
      announce: 'Announce', closeAuction: 'Close and clear', cancelAuction: 'Cancel', cancelReason: 'Reason for cancelling',
      shortfallFine: 'Shortfall fine', violationFine: 'Violation fine', multiple: 'Multiple',
      multipleRange: 'From {0} to {1} times', imposeFine: 'Impose fine', finedParty: 'Fined entity, body or person',
      violation: 'Violation', gainsYuan: 'Illegal gains (yuan)', fineYuan: 'Fine (yuan)',
      allocationCutBps: 'Allocation cut (bps)', amendRule: 'Amend this rule', newValue: 'New value',
      document: 'Document', article: 'Article', amend: 'Amend', notYuan: 'must be an amount with at most two decimals',
      notWhole: 'must be a whole number', badTime: 'must be a valid date and time',
      'as.OPEN': 'Open', 'as.CLEARED': 'Cleared', 'as.SETTLED': 'Settled', 'as.CANCELLED': 'Cancelled',
      'v.REPORTING_FAILURE': 'Reporting failure (Art 21)', 'v.DATA_FRAUD': 'Data fraud by an entity (Art 22)',
      'v.DATA_FRAUD_PERSON': 'Persons responsible for data fraud (Art 22)',
      'v.VERIFIER_FRAUD': 'False verification report (Art 23)', 'v.LAB_FRAUD': 'False laboratory data (Art 23)',
      'v.VERIFIER_OR_LAB_PERSON': 'Persons responsible at a verifier or lab (Art 23)',
      'v.OBSTRUCTION': 'Obstructing inspection (Art 26)' }
  });
  const VIOLATIONS = ['REPORTING_FAILURE', 'DATA_FRAUD', 'DATA_FRAUD_PERSON', 'VERIFIER_FRAUD', 'LAB_FRAUD',
    'VERIFIER_OR_LAB_PERSON', 'OBSTRUCTION'];
  const ROLES = ['REGULATOR', 'AUTHORITY', 'OPERATOR', 'AUDITOR'];
  const state = { user: null, scope: null, asOfYear: 0, year: 0, entities: [], reports: [], years: [], allocations: [],
    auctions: [], summary: [], enforcement: [], rules: [], rule: null, installationsOf: null, installations: [] };
  const $ = id => document.getElementById(id);
  const api = path => window.App.api(path);
  const all = path => api(path + (path.includes('?') ? '&' : '?') + 'limit=1000').then(p => p.items);
  const cell = (row, text, cls) => { const td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; };
  const readOnly = () => state.user.role === 'AUDITOR';
  const inScope = jurisdiction => !state.scope || jurisdiction === state.scope;
  const entityIds = () => new Set(state.entities.map(e => e.entity.entityId));
  const button = (label, onClick, cls) => {
    const b = document.createElement('button'); b.type = 'button'; b.textContent = label;
    if (cls) b.className = cls;
    b.addEventListener('click', onClick);
    return b;
  };
  /** An actions cell whose buttons sit in one wrapping row (a flex cell would break the table's layout). */
  const actionsCell = row => {
    const box = document.createElement('div'); box.className = 'actions';
    cell(row, '').append(box);
    return box;
  };
  const emptyRow = (body, columns) => {
    if (body.rows.length) return;
    const td = body.insertRow().insertCell(); td.colSpan = columns; td.textContent = t('noRows');
  };

  async function loadEntities() {
    state.entities = await all('/api/v1/entities' + (state.scope ? '?jurisdiction=' + state.scope : ''));
    renderEntities();
  }

  function renderEntities() {
    const body = $('entities').tBodies[0];
    body.replaceChildren();
    for (const { entity, installations } of state.entities) {
      const row = body.insertRow();
      cell(row, entity.entityId); cell(row, entity.name); cell(row, entity.sector); cell(row, entity.holdingAccountId);
      cell(row, '').append(button(t('showInstallations') + ' (' + installations.length + ')',
        () => showInstallations(entity.entityId)));
    }
    emptyRow(body, 5);
  }

  async function showInstallations(entityId) {
    state.installationsOf = entityId;
    state.installations = await all('/api/v1/entities/' + encodeURIComponent(entityId) + '/installations');
    renderInstallations();
  }

  function renderInstallations() {
    if (!state.installationsOf) return;
    $('installations-panel').hidden = false;
    $('installations-title').textContent = t('installationsOf', state.installationsOf);
    const body = $('installations').tBodies[0];
    body.replaceChildren();
    for (const i of state.installations) {
      const row = body.insertRow();
      cell(row, i.installationId); cell(row, i.name); cell(row, i.facilityType); cell(row, i.capacity);
    }
  }

  /** Reports still moving through the workflow belong to last year and this one. */
  async function loadReports() {
    const status = $('report-status').value;
    const ids = entityIds();
    const years = [state.asOfYear - 1, state.asOfYear];
    const pages = await Promise.all(years.map(y => all('/api/v1/reports?year=' + y + (status ? '&status=' + status : ''))));
    state.reports = pages.flat().filter(r => !state.scope || ids.has(r.entityId));
    renderReports();
  }

  function renderReports() {
    $('reports-title').textContent = t('reports') + ' · ' + t('reportsYears', state.asOfYear - 1, state.asOfYear);
    const body = $('reports').tBodies[0];
    body.replaceChildren();
    for (const r of state.reports) {
      const row = body.insertRow();
      row.dataset.report = r.reportId;
      row.dataset.status = r.status;
      if (r.flags > 0) row.className = 'flagged';
      cell(row, r.reportId); cell(row, r.entityId); cell(row, String(r.year)); cell(row, String(r.version), 'num');
      cell(row, t('st.' + r.status), 'status');
      cell(row, number(r.totalTonnes), 'num'); cell(row, number(r.obligationTonnes), 'num');
      cell(row, number(r.flags), 'num'); cell(row, r.verifierBodyId || '–');
      const actions = actionsCell(row);
      if (!readOnly() && r.status === 'VERIFIED') {
        const reasons = document.createElement('input');
        reasons.maxLength = 500; reasons.placeholder = t('reasons'); reasons.setAttribute('aria-label', t('reasons') + ' ' + r.reportId);
        reasons.className = 'reasons';
        actions.append(button(t('confirm'), () => act(r, 'ConfirmReport', { reportId: r.reportId }), 'confirm'),
          reasons, button(t('returnReport'), () => act(r, 'ReturnReport', { reportId: r.reportId, reasons: reasons.value.trim() }), 'return'));
      }
    }
    emptyRow(body, 10);
  }

  async function act(report, type, fields) {
    const message = $('report-message');
    try {
      await window.App.command(type, fields);
      window.App.report(message);
      const fresh = await api('/api/v1/reports/' + encodeURIComponent(report.reportId));
      report.status = fresh.current.status;
      report.version = fresh.current.drafted.version;
      renderReports();
    } catch (error) {
      window.App.report(message, error);
    }
  }

  async function loadAllocation() {
    const scoped = state.scope ? '&jurisdiction=' + state.scope : '';
    [state.years, state.allocations] = await Promise.all([all('/api/v1/allocation/years?year=' + state.year + scoped),
      all('/api/v1/allocations?year=' + state.year + scoped)]);
    renderAllocation();
  }

  function renderAllocation() {
    const years = $('allocation-years').tBodies[0];
    years.replaceChildren();
    for (const y of state.years) {
      const row = years.insertRow();
      cell(row, t(y.jurisdiction)); cell(row, y.unit); cell(row, number(y.capTonnes), 'num');
      cell(row, number(y.freeDeliveredTonnes), 'num'); cell(row, number(y.auctionedTonnes), 'num');
      cell(row, number(y.reservedTonnes), 'num');
      row.dataset.allocation = y.jurisdiction + '-' + y.year;
      const actions = actionsCell(row);
      if (!readOnly()) {
        // Pre-allocation from last year's confirmed emissions, then the true-up once this year's are confirmed.
        actions.append(button(t('preAllocate'), () => allocationCommand('PreAllocate',
          { jurisdiction: y.jurisdiction, year: y.year }), 'pre-allocate'),
        button(t('trueUp'), () => allocationCommand('TrueUp',
          { jurisdiction: y.jurisdiction, year: y.year, entityId: null }), 'true-up'));
      }
    }
    emptyRow(years, 7);
    const body = $('allocations').tBodies[0];
    body.replaceChildren();
    for (const a of state.allocations) {
      const row = body.insertRow();
      cell(row, a.entityId); cell(row, a.method); cell(row, number(a.preAllocatedTonnes), 'num');
      cell(row, a.finalTonnes < 0 ? '–' : number(a.finalTonnes), 'num'); cell(row, number(a.deliveredTonnes), 'num');
    }
    emptyRow(body, 5);
  }

  async function loadAuctions() {
    state.auctions = await all('/api/v1/auctions' + (state.scope ? '?jurisdiction=' + state.scope : ''));
    renderAuctions();
  }

  function renderAuctions() {
    const body = $('auctions').tBodies[0];
    body.replaceChildren();
    for (const a of state.auctions) {
      const row = body.insertRow();
      cell(row, a.auctionId); cell(row, a.unit); cell(row, number(a.volumeTonnes), 'num');
      row.dataset.auction = a.auctionId;
      row.dataset.status = a.status;
      cell(row, yuan(a.reservePriceFen), 'num'); cell(row, t('as.' + a.status), 'status');
      cell(row, number(a.bidCount), 'num');
      const actions = actionsCell(row);
      if (!readOnly() && a.status === 'OPEN') {
        const reason = document.createElement('input');
        reason.maxLength = 500; reason.placeholder = t('cancelReason'); reason.className = 'reason';
        reason.setAttribute('aria-label', t('cancelReason') + ' ' + a.auctionId);
        actions.append(button(t('closeAuction'), () => auctionCommand('CloseAuction',
          { auctionId: a.auctionId, seed: randomSeed() }), 'close'),
        reason, button(t('cancelAuction'), () => auctionCommand('CancelAuction',
          { auctionId: a.auctionId, reason: reason.value.trim() }), 'cancel'));
      }
    }
    emptyRow(body, 7);
  }

  async function allocationCommand(type, fields) {
    const message = $('allocation-message');
    try {
      await window.App.command(type, fields);
      window.App.report(message);
      await loadAllocation();
    } catch (error) {
      window.App.report(message, error);
    }
  }

  /** The tie-break seed: 64 random bits as a signed decimal, since a JavaScript number cannot hold a long. */
  function randomSeed() {
    const words = crypto.getRandomValues(new Uint32Array(2));
    return BigInt.asIntN(64, (BigInt(words[0]) << 32n) | BigInt(words[1])).toString();
  }

  /** A refusal found before sending, worded like the engine's: the field and what it must be. */
  const invalid = (field, what) => new window.App.Problem({ detail: field + ' ' + t(what), field });

  /** Yuan as typed ("40", "39.5", "39.50") to integer fen, by digits: never through a float. */
  function fen(text, field) {
    const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim());
    if (!m) throw invalid(field, 'notYuan');
    return Number(m[1] + (m[2] || '').padEnd(2, '0'));
  }

  function whole(text, field) {
    const value = text.trim();
    if (!/^-?\d{1,19}$/.test(value)) throw invalid(field, 'notWhole');
    return value;
  }

  /** A datetime-local value read as China Standard Time (UTC+8, no daylight saving) to epoch millis. */
  function cstMillis(text, field) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
    if (!m) throw invalid(field, 'badTime');
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]) - 8, Number(m[5]));
  }

  /** Sends one command built from a form; a bad entry is refused here as the engine would, naming the field. */
  async function send(message, type, build, then) {
    try {
      await window.App.command(type, build());
      window.App.report(message);
      if (then) await then();
    } catch (error) {
      window.App.report(message, error);
    }
  }

  const auctionCommand = (type, fields) => send($('auction-message'), type, () => fields, loadAuctions);

  function announceFields() {
    const f = $('announce').elements;
    const basis = f.reserveBasis.value;
    return { auctionId: f.auctionId.value.trim(), jurisdiction: f.jurisdiction.value.trim(), unit: f.unit.value.trim(),
      auctionAccountId: f.auctionAccountId.value.trim(), volumeTonnes: Number(whole(f.volumeTonnes.value, 'volumeTonnes')),
      reserveBasis: basis,
      reservePriceFen: basis === 'EXPLICIT' ? fen(f.reservePrice.value, 'reservePriceFen') : 0,
      windowOpensAtMillis: cstMillis(f.opens.value, 'windowOpensAtMillis'),
      windowClosesAtMillis: cstMillis(f.closes.value, 'windowClosesAtMillis') };
  }

  function shortfallFields() {
    const f = $('shortfall-fine').elements;
    return { entityId: f.entityId.value.trim(), year: Number(whole(f.year.value, 'year')), multiple: f.multiple.value.trim() };
  }

  function violationFields() {
    const f = $('violation-fine').elements;
    return { entityId: f.entityId.value.trim(), year: Number(whole(f.year.value, 'year')), violation: f.violation.value,
      gainsFen: fen(f.gains.value, 'gainsFen'), fineFen: fen(f.fine.value, 'fineFen'),
      allocationCutBps: Number(whole(f.allocationCutBps.value, 'allocationCutBps')) };
  }

  function amendFields() {
    const f = $('amend-rule').elements;
    return { ruleId: state.rule.id, value: whole(f.value.value, 'value'), effectiveFrom: f.effectiveFrom.value,
      document: f.document.value.trim(), article: f.article.value.trim() };
  }

  /** The shortfall multiple allowed by the rulebook in force, as the engine checks it. */
  function renderFineForms() {
    // Market-wide rules (no jurisdiction) bind every regulator, though the rule table lists only its own.
    const value = id => ((state.allRules || []).find(r => r.id === id) || {}).value;
    const min = value('CMP-PENALTY-MULTIPLE-MIN'); const max = value('CMP-PENALTY-MULTIPLE-MAX');
    $('sf-range').textContent = min === undefined ? '' : t('multipleRange', min, max);
    const select = $('vf-violation'); const chosen = select.value;
    select.replaceChildren(...VIOLATIONS.map(v => { const o = new Option(t('v.' + v), v); return o; }));
    if (chosen) select.value = chosen;
    $('entity-ids').replaceChildren(...state.entities.map(e => new Option(e.entity.name, e.entity.entityId)));
  }

  function wireForms() {
    const forms = ['announce', 'shortfall-fine', 'violation-fine', 'amend-rule'];
    forms.forEach(id => { $(id).hidden = readOnly() || id === 'amend-rule'; });
    if (readOnly()) return;
    const j = state.scope || '';
    const f = $('announce').elements;
    f.jurisdiction.value = j; f.jurisdiction.readOnly = !!state.scope;
    if (j) { f.unit.value = j + 'EA-' + state.asOfYear; f.auctionAccountId.value = j + '-AUCTION'; }
    $('sf-year').value = state.year; $('vf-year').value = state.year;
    // Defaults from the engine's own date, not the browser's: today's afternoon session, a rule change from tomorrow.
    f.opens.value = state.asOf + 'T09:30'; f.closes.value = state.asOf + 'T15:00';
    const tomorrow = new Date(Date.parse(state.asOf + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
    $('am-from').value = tomorrow; $('am-from').min = state.asOf;
    $('announce').addEventListener('submit', e => {
      e.preventDefault(); send($('auction-message'), 'AnnounceAuction', announceFields, loadAuctions);
    });
    $('shortfall-fine').addEventListener('submit', e => {
      e.preventDefault(); send($('fine-message'), 'ImposeShortfallFine', shortfallFields, loadCompliance);
    });
    $('violation-fine').addEventListener('submit', e => {
      e.preventDefault(); send($('fine-message'), 'ImposeViolationFine', violationFields, loadCompliance);
    });
    $('amend-rule').addEventListener('submit', e => {
      e.preventDefault();
      send($('rule-message'), 'AmendRule', amendFields, async () => { await loadRules(); await showRule(state.rule.id); });
    });
  }

  async function loadCompliance() {
    const ids = entityIds();
    const [summary, enforcement] = await Promise.all([api('/api/v1/compliance/summary?year=' + state.year),
      all('/api/v1/enforcement?year=' + state.year)]);
    state.summary = summary.filter(s => inScope(s.jurisdiction));
    state.enforcement = enforcement.filter(e => !state.scope
      || (e.jurisdiction ? e.jurisdiction === state.scope : ids.has(e.partyId)));
    renderCompliance();
  }

  function renderCompliance() {
    const body = $('compliance').tBodies[0];
    body.replaceChildren();
    for (const s of state.summary) {
      const row = body.insertRow();
      row.dataset.jurisdiction = s.jurisdiction;
      cell(row, t(s.jurisdiction)); cell(row, s.closed ? t('yes') : t('no'));
      cell(row, number(s.entities), 'num'); cell(row, number(s.compliant), 'num');
      cell(row, number(s.shortfallTonnes), 'num'); cell(row, yuan(s.shortfallFinesFen + s.violationFinesFen), 'num');
      const actions = actionsCell(row);
      if (!readOnly() && !s.closed) {
        actions.append(button(t('closeCompliance', s.year), () => closeCompliance(s.jurisdiction, s.year), 'close'));
      }
    }
    emptyRow(body, 7);
    const penalties = $('enforcement').tBodies[0];
    penalties.replaceChildren();
    for (const e of state.enforcement) {
      const row = penalties.insertRow();
      cell(row, e.kind); cell(row, e.partyId); cell(row, e.decision || '–');
      cell(row, e.shortfallTonnes === undefined ? '–' : number(e.shortfallTonnes), 'num');
      cell(row, e.fineFen === undefined || e.fineFen === null ? '–' : yuan(e.fineFen), 'num');
    }
    emptyRow(penalties, 5);
  }

  /** The engine refuses a close before the deadline; the refusal is shown with its rule. */
  async function closeCompliance(jurisdiction, year) {
    const message = $('compliance-message');
    try {
      await window.App.command('CloseCompliance', { jurisdiction, year });
      window.App.report(message);
      await loadCompliance();
    } catch (error) {
      window.App.report(message, error);
    }
  }

  async function loadRules() {
    const page = await api('/api/v1/rules?limit=1000');
    state.allRules = page.items;
    state.rules = page.items.filter(r => inScope(r.jurisdiction) || r.jurisdiction === state.unified);
    renderRules();
  }

  function renderRules() {
    const body = $('rules').tBodies[0];
    body.replaceChildren();
    for (const r of state.rules) {
      const row = body.insertRow();
      row.dataset.rule = r.id;
      cell(row, '').append(button(r.id, () => showRule(r.id), 'rule-link'));
      cell(row, r.description, 'wrap'); cell(row, ruleValue(r.value), 'num');
      cell(row, r.document + ' · ' + r.article); cell(row, number(r.versions.length), 'num');
    }
  }

  // "No limit" is the largest long, which a JavaScript number cannot even hold exactly.
  const ruleValue = value => value > Number.MAX_SAFE_INTEGER ? t('unlimited') : String(value);

  async function showRule(ruleId) {
    state.rule = await api('/api/v1/rules/' + encodeURIComponent(ruleId));
    renderRule();
    $('rule-title').focus();
  }

  function renderRule() {
    if (!state.rule) return;
    $('rule-panel').hidden = false;
    $('amend-rule').hidden = readOnly();
    $('rule-title').tabIndex = -1;
    $('rule-title').textContent = t('ruleHistory', state.rule.id) + ' — ' + state.rule.description;
    const body = $('rule-versions').tBodies[0];
    body.replaceChildren();
    for (const v of state.rule.versions) {
      const row = body.insertRow();
      cell(row, String(v.version), 'num'); cell(row, ruleValue(v.value), 'num'); cell(row, v.effectiveFrom);
      cell(row, v.document + ' · ' + v.article);
    }
  }

  function renderAll() {
    window.I18N.apply();
    $('jurisdiction').textContent = state.scope ? t(state.scope) : t(state.unified || 'CY');
    renderEntities(); renderInstallations(); renderReports(); renderAllocation(); renderAuctions(); renderCompliance();
    renderRules(); renderRule(); renderFineForms();
  }

  async function loadYear() {
    await Promise.all([loadAllocation(), loadCompliance()]);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    state.user = window.App.requireUser(ROLES);
    if (!state.user) return;
    window.App.header('regulator');
    window.I18N.apply();
    const rulebook = await api('/api/v1/rulebook');
    state.unified = rulebook.unifiedAuthority;
    // The unified authority, the operator and auditors oversee every jurisdiction; a regulator its own.
    const j = state.user.jurisdiction;
    state.scope = !j || j === state.unified || state.user.role === 'OPERATOR' ? null : j;
    state.asOf = rulebook.asOf;
    state.asOfYear = Number(rulebook.asOf.slice(0, 4));
    state.year = state.asOfYear - 1;
    $('year').value = state.year;
    $('read-only').hidden = !readOnly();
    document.body.classList.toggle('read-only', readOnly());
    $('scope').addEventListener('submit', e => e.preventDefault());
    $('year').addEventListener('change', () => {
      const year = Number($('year').value);
      if (year >= 2000 && year <= 2100) { state.year = year; loadYear(); }
    });
    $('report-status').addEventListener('change', loadReports);
    document.addEventListener('languagechange', renderAll);
    wireForms();
    await loadEntities();
    await Promise.all([loadReports(), loadYear(), loadAuctions(), loadRules()]);
    renderAll();
    document.body.dataset.ready = 'true';
  });
})();
