/*
 * The dashboard's charts (p:chart extender="statisticsChart"): a click on a bar opens the list behind it, whose
 * address the bar's dataset carries in "links" (the page's tables link to the same addresses).
 */
function statisticsChart() {
    var config = this.cfg.config;
    config.options = config.options || {};
    config.options.onClick = function (event, elements, chart) {
        if (!elements || !elements.length) {
            return;
        }
        var element = elements[0];
        var links = chart.data.datasets[element.datasetIndex].links;
        if (links && links[element.index]) {
            window.location.href = links[element.index];
        }
    };
    config.options.onHover = function (event, elements) {
        var target = event.native ? event.native.target : null;
        if (target) {
            target.style.cursor = elements && elements.length ? 'pointer' : 'default';
        }
    };
}
