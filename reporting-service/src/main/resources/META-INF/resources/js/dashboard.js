// The dashboard's charts (ECharts, from the webjar): drawn from /dashboard/charts and drawn again whenever the
// server-sent "figures" event arrives (the tiles are refreshed by htmx on the same event).
(function () {
  // the quarterly report's print button (no inline handlers: the Content-Security-Policy allows none)
  document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
  const root = document.getElementById('charts');
  if (!root || !window.echarts) { return; }
  const year = root.dataset.year;
  // the series' names in the page's language, from the page (data-label-*)
  const label = name => root.dataset['label' + name.charAt(0).toUpperCase() + name.slice(1)] || name;
  const charts = {};
  const euro = v => v == null ? '' : '€ ' + Number(v).toLocaleString('nl-NL', {maximumFractionDigits: 0});
  const num = list => list.map(v => v == null ? null : Number(v));

  function chart(id, option) {
    const el = document.getElementById(id);
    if (!el) { return; }
    charts[id] = charts[id] || echarts.init(el); // canvas: the SVG renderer writes style attributes, which the CSP refuses
    option.animation = false;
    charts[id].setOption(option, true);
  }

  // the running year's landing (the year-end forecast) as a mark on its trajectory
  function trajectory(id, t, percent, landingYear, landing) {
    const marks = t.years.map(y => y === landingYear && landing != null ? Number(landing) : null);
    chart(id, {
      tooltip: {trigger: 'axis'}, legend: {bottom: 0, itemGap: 16}, grid: {containLabel: true, left: 10, right: 10, top: 10, bottom: 50},
      xAxis: {type: 'category', data: t.years},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: v => percent ? Number(v).toLocaleString('nl-NL') + ' %' : euro(v)}},
      series: [{name: label('actual'), type: 'bar', data: num(t.actual)},
               {name: label('target'), type: 'line', data: num(t.target)},
               {name: label('landing'), type: 'scatter', symbol: 'diamond', symbolSize: 14, data: marks}]
    });
  }

  function draw(data) {
    const landing = data.landing || {};
    trajectory('chart-unearmarked-share', data.trajectories['unearmarked-share'], true, data.landingYear,
      landing['unearmarked-share']);
    trajectory('chart-continuity-reserve', data.trajectories['continuity-reserve'], false, data.landingYear,
      landing['continuity-reserve']);
    trajectory('chart-private-donors', data.trajectories['private-donors'], false, data.landingYear,
      landing['private-donors']);
    const m = data.monthly;
    chart('chart-monthly', {
      tooltip: {trigger: 'axis'}, legend: {bottom: 0, itemGap: 16}, grid: {containLabel: true, left: 10, right: 10, top: 10, bottom: 50},
      xAxis: {type: 'category', data: m.months.map(s => s.substring(5))},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: euro}},
      series: [[label('unearmarked'), m.unearmarked], [label('programme'), m.programme], [label('project'), m.project]]
        .map(([name, values]) => ({name, type: 'bar', stack: 'income', data: num(values)}))
    });
    const r = data.retention;
    chart('chart-retention', {
      tooltip: {}, grid: {containLabel: true, left: 10, right: 10, top: 10, bottom: 30},
      xAxis: {type: 'value', minInterval: 1}, yAxis: {type: 'category', data: ['new', 'retained', 'recaptured', 'lapsed'].map(label)},
      series: [{type: 'bar', data: [r.newDonors, r.retained, r.recaptured, r.lapsed]}]
    });
    chart('chart-budget', {
      tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: {containLabel: true, left: 10, right: 10, top: 30, bottom: 80},
      xAxis: {type: 'category', data: data.budgetCategoryLabels || data.budgetCategories,
              axisLabel: {rotate: 35, fontSize: 9, interval: 0}},
      yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: euro}},
      series: [{name: label('budget'), type: 'bar', data: num(data.budget)},
               {name: label('realised'), type: 'bar', data: num(data.realised)}]
    });
    root.dataset.drawn = String(Date.now());
  }

  function load() {
    fetch('/dashboard/charts?year=' + year, {headers: {Accept: 'application/json'}})
      .then(r => r.ok ? r.json() : Promise.reject(r.status)).then(draw)
      .catch(e => console.warn('charts not loaded', e));
  }

  load();
  document.body.addEventListener('htmx:sseMessage', e => {
    if (e.detail && e.detail.type === 'figures') { load(); }
  });
  const status = document.getElementById('live-status');
  if (status) {
    document.body.addEventListener('htmx:sseOpen', () => {
      status.textContent = status.dataset.live || 'live'; status.className = 'ms-3 small text-success'; status.dataset.open = 'true';
    });
    document.body.addEventListener('htmx:sseError', () => {
      status.textContent = status.dataset.reconnecting || 'reconnecting…'; status.className = 'ms-3 small text-warning'; status.dataset.open = 'false';
    });
  }
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  window.addEventListener('beforeprint', () => Object.values(charts).forEach(c => c.resize()));
})();
