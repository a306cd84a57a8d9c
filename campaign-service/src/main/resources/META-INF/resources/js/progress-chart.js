// Draws a campaign page's progress chart: raised against goal, for the campaign and each appeal.
(function () {
  var element = document.getElementById('progress-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return '€ ' + Number(v).toFixed(2); } },
    legend: { data: ['Goal', 'Raised'] },
    grid: { left: 80, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', axisLabel: { formatter: '€ {value}' } },
    series: [
      { name: 'Goal', type: 'bar', data: data.goal.map(Number), itemStyle: { color: '#ced4da' } },
      { name: 'Raised', type: 'bar', data: data.raised.map(Number), itemStyle: { color: '#198754' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
