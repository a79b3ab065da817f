// Hands each chart's server-computed ECharts option (data-chart) to ECharts; the tables beside the
// charts carry the same figures for printing and for readers without script.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        if (typeof echarts === 'undefined') {
            return;
        }
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption(JSON.parse(element.getAttribute('data-chart')));
        element.classList.add('rendered');
        window.addEventListener('resize', function () { chart.resize(); });
    });
    document.querySelectorAll('.print-page').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
});
