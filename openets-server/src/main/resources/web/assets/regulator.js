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
      installationsOf: '{0} 的设施', allocation: '配额分配', unit: '配额品种', cap: '总量(吨)', freeDelivered: '已免费发放(吨)',
      auctioned: '拍卖(吨)', reserved: '储备(吨)', method: '分配方法', preAllocated: '预分配(吨)', final: '核定(吨)',
      delivered: '已发放(吨)', auctions: '拍卖', auction: '拍卖编号', volumeT: '数量(吨)', reservePrice: '底价',
      bids: '投标数', complianceRun: '履约清缴', closedQ: '已关账', closeCompliance: '关闭 {0} 年度履约',
      penalties: '处罚', kind: '类别', rulebook: '规则手册', rule: '规则', description: '说明', value: '当前值',
      legalBasis: '法律依据', versions: '版本数', effectiveFrom: '生效日期', ruleHistory: '{0} 的版本',
      yes: '是', no: '否', unlimited: '不限', reportsYears: '{0}–{1} 年度的报告', noRows: '暂无',
      'st.DRAFT': '草稿', 'st.SUBMITTED': '已提交', 'st.VERIFIED': '已核查', 'st.CONFIRMED': '已确认', 'st.APPEALED': '复核中' },
    en: { console: 'Regulator console', readOnly: 'Read only', reports: 'Emission reports', showStatus: 'Show status',
      allStatuses: 'All', report: 'Report', version: 'Version', reportStatus: 'Status', totalTonnes: 'Total (t)',
      obligationTonnes: 'Obligation (t)', flags: 'Flags', verifierBody: 'Verifier', actions: 'Actions',
      confirm: 'Confirm', returnReport: 'Return', reasons: 'Reasons for return', name: 'Name', sector: 'Sector',
      holdingAccount: 'Holding account', installations: 'Installations', installation: 'Installation',
      facility: 'Facility', capacity: 'Capacity', showInstallations: 'Installations', installationsOf: 'Installations of {0}',
      allocation: 'Allocation', unit: 'Unit', cap: 'Cap (t)', freeDelivered: 'Free delivered (t)',
      auctioned: 'Auctioned (t)', reserved: 'Reserve (t)', method: 'Method', preAllocated: 'Pre-allocated (t)',
      final: 'Final (t)', delivered: 'Delivered (t)', auctions: 'Auctions', auction: 'Auction', volumeT: 'Volume (t)',
      reservePrice: 'Reserve price', bids: 'Bids', complianceRun: 'Compliance', closedQ: 'Closed',
      closeCompliance: 'Close compliance {0}', penalties: 'Penalties', kind: 'Kind', rulebook: 'Rulebook', rule: 'Rule',
      description: 'Description', value: 'Value in force', legalBasis: 'Legal basis', versions: 'Versions',
      effectiveFrom: 'Effective from', ruleHistory: 'Versions of {0}', yes: 'Yes', no: 'No', unlimited: 'No limit',
      reportsYears: 'Reports of {0}–{1}', noRows: 'None',
      'st.DRAFT': 'Draft', 'st.SUBMITTED': 'Submitted', 'st.VERIFIED': 'Verified', 'st.CONFIRMED': 'Confirmed',
      'st.APPEALED': 'Appealed' }
  });
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
    }
    emptyRow(years, 6);
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
      cell(row, yuan(a.reservePriceFen), 'num'); cell(row, a.status); cell(row, number(a.bidCount), 'num');
    }
    emptyRow(body, 6);
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
    renderRules(); renderRule();
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
    await loadEntities();
    await Promise.all([loadReports(), loadYear(), loadAuctions(), loadRules()]);
    renderAll();
    document.body.dataset.ready = 'true';
  });
})();
