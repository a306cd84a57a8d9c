// Draws a campaign page's progress chart: raised against goal, for the campaign and each appeal. The legend's
// words come from the page (data-label-goal, data-label-raised, in the person's language); amounts are written
// as everywhere else on the screens: € 1.234,56.
(function () {
  var element = document.getElementById('progress-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var goal = element.dataset.labelGoal || 'Goal';
  var raised = element.dataset.labelRaised || 'Raised';
  var money = function (v, decimals) {
    return '€ ' + Number(v).toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  };
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return money(v, 2); } },
    legend: { data: [goal, raised] },
    grid: { left: 80, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', axisLabel: { formatter: function (v) { return money(v, 0); } } },
    series: [
      { name: goal, type: 'bar', data: data.goal.map(Number), itemStyle: { color: '#ced4da' } },
      { name: raised, type: 'bar', data: data.raised.map(Number), itemStyle: { color: '#198754' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
