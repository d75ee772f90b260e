'use strict';
// The verifier's screen: submitted reports waiting for verification, a report's lines and data-quality flags, and
// the verification itself (an explanation is required when the report is flagged, or the regulator cannot confirm).
(() => {
  const { t, number } = window.I18N;
  window.I18N.add({
    'zh-CN': { toVerify: '待核查报告', report: '报告', version: '版本', compiler: '编制机构', totalTonnes: '排放总量(吨)',
      flags: '质量标记', lateQ: '逾期', lineKind: '类别', source: '排放源', key: '燃料/电网', lineQuantity: '活动数据',
      installation: '设施', lineTonnes: '排放量(吨CO2)', qualityFlags: '数据质量标记', bodyId: '核查机构编号',
      remarks: '核查意见', explanation: '质量标记说明', explanationHint: '报告有质量标记时必填',
      verifyReport: '提交核查结论', reportOf: '报告 {0}（{1}，{2} 年度，第 {3} 版）', outputIs: '产量：{0} {1}',
      noFlags: '无质量标记', explanationNeeded: '报告有质量标记，请填写说明', yes: '是', no: '否', noRows: '暂无待核查报告' },
    en: { toVerify: 'Reports waiting for verification', report: 'Report', version: 'Version', compiler: 'Compiler',
      totalTonnes: 'Total (t)', flags: 'Flags', lateQ: 'Late', lineKind: 'Kind', source: 'Source', key: 'Fuel / grid',
      lineQuantity: 'Activity data', installation: 'Installation', lineTonnes: 'Tonnes CO2',
      qualityFlags: 'Data-quality flags', bodyId: 'Verification body', remarks: 'Remarks',
      explanation: 'Explanation of the flags', explanationHint: 'required when the report is flagged',
      verifyReport: 'Verify report', reportOf: 'Report {0} ({1}, {2}, version {3})', outputIs: 'Output: {0} {1}',
      noFlags: 'No data-quality flags', explanationNeeded: 'The report is flagged: explain the flags',
      yes: 'Yes', no: 'No', noRows: 'No reports are waiting' }
  });
  const state = { user: null, asOfYear: 0, queue: [], report: null };
  const $ = id => document.getElementById(id);
  const api = path => window.App.api(path);
  const cell = (row, text, cls) => { const td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; };

  /** Submitted reports of last year and this one: the ones still moving through the workflow. */
  async function loadQueue() {
    const years = [state.asOfYear - 1, state.asOfYear];
    const pages = await Promise.all(years.map(y => api('/api/v1/reports?year=' + y + '&status=SUBMITTED&limit=1000')));
    state.queue = pages.flatMap(p => p.items);
    renderQueue();
  }

  function renderQueue() {
    const body = $('queue').tBodies[0];
    body.replaceChildren();
    for (const r of state.queue) {
      const row = body.insertRow();
      row.dataset.report = r.reportId;
      if (state.report && state.report.reportId === r.reportId) row.className = 'selected';
      const open = document.createElement('button');
      open.type = 'button'; open.className = 'rule-link'; open.textContent = r.reportId;
      open.addEventListener('click', () => select(r.reportId));
      cell(row, '').append(open);
      cell(row, r.entityId); cell(row, String(r.year)); cell(row, String(r.version), 'num');
      cell(row, r.compilerBodyId); cell(row, number(r.totalTonnes), 'num'); cell(row, number(r.flags), 'num');
      cell(row, r.late ? t('yes') : t('no'));
    }
    if (!state.queue.length) {
      const td = body.insertRow().insertCell(); td.colSpan = 8; td.textContent = t('noRows');
    }
  }

  async function select(reportId) {
    state.report = await api('/api/v1/reports/' + encodeURIComponent(reportId));
    $('message').textContent = '';
    $('message').className = '';
    renderQueue();
    renderDetail();
    $('detail-title').focus();
  }

  function renderDetail() {
    const report = state.report;
    if (!report) return;
    const current = report.current;
    const drafted = current.drafted;
    $('detail').hidden = false;
    $('detail-title').textContent = t('reportOf', report.reportId, report.entityId, report.year, drafted.version);
    $('output').textContent = t('outputIs', number(Number(drafted.output.quantity)), drafted.output.unit);
    const body = $('lines').tBodies[0];
    body.replaceChildren();
    drafted.lines.forEach((line, n) => {
      const row = body.insertRow();
      cell(row, line.kind); cell(row, line.source); cell(row, line.key); cell(row, line.quantity, 'num');
      cell(row, line.installationId || '–'); cell(row, drafted.lineTonnes[n], 'num');
    });
    const flags = $('flags');
    flags.replaceChildren();
    for (const f of current.flags) {
      const li = document.createElement('li'); li.className = 'flag';
      li.textContent = f.code + ': ' + f.message;
      flags.append(li);
    }
    if (!current.flags.length) {
      const li = document.createElement('li'); li.textContent = t('noFlags'); flags.append(li);
    }
    $('explanation').required = current.flags.length > 0;
  }

  async function verify(event) {
    event.preventDefault();
    const form = $('verify');
    const message = $('message');
    const report = state.report;
    if (report.current.flags.length && !form.explanation.value.trim()) {
      message.className = 'message error';
      message.textContent = t('explanationNeeded');
      form.explanation.focus();
      return;
    }
    try {
      await window.App.command('VerifyReport', { reportId: report.reportId, bodyId: form.bodyId.value.trim(),
        remarks: form.remarks.value.trim() || null, explanation: form.explanation.value.trim() || null });
      window.App.report(message);
      form.remarks.value = ''; form.explanation.value = '';
      state.report = await api('/api/v1/reports/' + encodeURIComponent(report.reportId));
      await loadQueue();
    } catch (error) {
      window.App.report(message, error);
    }
  }

  function renderAll() {
    window.I18N.apply();
    renderQueue();
    renderDetail();
  }

  document.addEventListener('DOMContentLoaded', async () => {
    state.user = window.App.requireUser(['VERIFIER']);
    if (!state.user) return;
    window.App.header('verifier');
    window.I18N.apply();
    const rulebook = await api('/api/v1/rulebook');
    state.asOfYear = Number(rulebook.asOf.slice(0, 4));
    // A body's actor id is its registered id in lower case; the verifier may still name another body it acts for.
    $('bodyId').value = state.user.actorId.toUpperCase();
    $('verify').addEventListener('submit', verify);
    document.addEventListener('languagechange', renderAll);
    await loadQueue();
    renderAll();
    document.body.dataset.ready = 'true';
  });
})();
