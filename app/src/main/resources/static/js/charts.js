/*
 * LAC Explorer charts: turns the JSON API (/api/v1/...) into ECharts charts. The page holds the labels (in the
 * page's language) as data-* attributes, the same figures as an HTML table, and the chart's description; this
 * script only draws. Colours: Okabe-Ito (colour-blind safe) for series, one-hue blues for the map.
 */
(function () {
  'use strict';

  var LOCALE = document.documentElement.lang === 'cy' ? 'cy-GB' : 'en-GB';
  var ONE_DECIMAL = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var WHOLE = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
  var BLUE = '#0072B2';
  var ORANGE = '#D55E00';
  var GREY = '#505a5f';
  var MAP_BLUES = ['#deebf7', '#9ecae1', '#4292c6', '#08519c', '#08306b'];
  var FONT = 'arial, sans-serif';
  var charts = {};
  var options = {};

  function rate(value) { return value === null || value === undefined ? null : ONE_DECIMAL.format(value); }
  function escape(text) { return echarts.format.encodeHTML(String(text)); }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': ' + response.status); }
      return response.json();
    });
  }

  /** Names of areas in the page's language, by code. */
  var names = null;
  function areaNames() {
    if (!names) {
      names = getJson('/api/v1/areas?all-types=true').then(function (areas) {
        var byCode = {};
        areas.forEach(function (area) { byCode[area.area_code] = LOCALE === 'cy-GB' ? area.name_cy : area.name_en; });
        return byCode;
      });
    }
    return names;
  }

  function base(description) {
    return {
      animation: false,
      textStyle: { fontFamily: FONT, fontSize: 14, color: '#0b0c0c' },
      aria: { enabled: true, label: { description: description } },
      tooltip: { confine: true, textStyle: { fontFamily: FONT } }
    };
  }

  /**
   * A legend entry for a shaded band: a filled square of the band's colour (the band's own series draw no line, so the
   * legend would otherwise show an invisible line beside the band's name).
   */
  function bandLegend(name, colour, opacity) {
    return { name: name, icon: 'rect', itemStyle: { color: colour, opacity: opacity } };
  }

  function show(element, option) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    charts[element.id] = chart;
    options[element.id] = option;
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }

  function description(element) {
    var text = document.getElementById(element.id + '-description');
    return text ? text.textContent.trim() : '';
  }

  // ---- overview: map and ranked bar chart of rates ----

  function ratesCharts(block) {
    var labels = block.dataset;
    var adjusted = labels.view === 'adjusted';
    Promise.all([getJson(labels.ratesApi), areaNames()]).then(function (results) {
      var rows = adjusted ? results[0].areas.map(asRate) : results[0];
      var byCode = results[1];
      var authorities = rows.filter(function (row) { return !/^[EW]92/.test(row.area_code); });
      var nation = adjusted ? { rate_per_10000: 1 } : rows.filter(function (row) { return /^[EW]92/.test(row.area_code); })[0];
      var format = adjusted ? ratio : rate;
      var map = block.querySelector('[data-chart="map"]');
      var bar = block.querySelector('[data-chart="ranked-bar"]');
      if (map) { mapChart(map, labels, authorities, byCode, format); }
      if (bar) { barChart(bar, labels, authorities, nation, byCode, format); }
    }).catch(function (error) { console.error(error); });
  }

  var TWO_DECIMALS = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function ratio(value) { return value === null || value === undefined ? null : TWO_DECIMALS.format(value); }

  /** A row of the need model drawn as a rate row: the ratio in place of the rate, the expected count beside. */
  function asRate(area) {
    return { area_code: area.area_code, area_name: area.area_name, rate_per_10000: area.ratio,
      ci95_lower: area.ratio_ci95_lower, ci95_upper: area.ratio_ci95_upper, count: area.count, expected: area.expected };
  }

  function tooltipFor(row, labels, byCode, format) {
    if (!row) { return ''; }
    var name = escape(byCode[row.area_code] || row.area_name);
    var lines = ['<strong>' + name + (row.area_code === labels.highlight ? ' (' + escape(labels.labelYours) + ')' : '') + '</strong>'];
    if (row.rate_per_10000 === null) {
      lines.push(escape(labels.labelNodata));
    } else {
      lines.push(escape(labels.labelRate) + ': ' + format(row.rate_per_10000));
      lines.push(escape(labels.labelInterval) + ': ' + format(row.ci95_lower) + '–' + format(row.ci95_upper));
      lines.push(escape(labels.labelCount) + ': ' + WHOLE.format(row.count));
      if (row.expected !== undefined) { lines.push(escape(labels.labelExpected) + ': ' + ONE_DECIMAL.format(row.expected)); }
    }
    return lines.join('<br>');
  }

  function mapChart(element, labels, rows, byCode, format) {
    getJson(labels.geo).then(function (geo) {
      echarts.registerMap(labels.mapName, geo);
      var byArea = {};
      rows.forEach(function (row) { byArea[row.area_code] = row; });
      var values = rows.filter(function (row) { return row.rate_per_10000 !== null; }).map(function (row) { return row.rate_per_10000; });
      var low = Math.min.apply(null, values);
      var high = Math.max.apply(null, values);
      var whole = format === rate;
      var option = base(description(element));
      option.tooltip.trigger = 'item';
      option.tooltip.formatter = function (params) { return tooltipFor(byArea[params.name], labels, byCode, format) || escape(params.name); };
      option.visualMap = {
        type: 'continuous', min: whole ? Math.floor(low) : low, max: whole ? Math.ceil(high) : high,
        inRange: { color: MAP_BLUES }, text: whole ? [WHOLE.format(Math.ceil(high)), WHOLE.format(Math.floor(low))] : [format(high), format(low)],
        calculable: false, left: 0, bottom: 10, textStyle: { fontFamily: FONT }, formatter: function (value) { return whole ? WHOLE.format(value) : format(value); }
      };
      option.series = [{
        type: 'map', map: labels.mapName, nameProperty: 'code', roam: false, selectedMode: false,
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8, areaColor: '#f3f2f1' },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffdd00' } },
        data: rows.filter(function (row) { return row.rate_per_10000 !== null; })
          .map(function (row) {
            var item = { name: row.area_code, value: row.rate_per_10000 };
            if (row.area_code === labels.highlight) {
              item.itemStyle = { borderColor: '#0b0c0c', borderWidth: 3 };
              item.label = { show: true, formatter: byCode[row.area_code] || row.area_name, color: '#0b0c0c',
                backgroundColor: '#ffdd00', padding: 3, fontFamily: FONT };
              item.z = 10;
            }
            return item;
          })
      }];
      var chart = show(element, option);
      chart.on('click', function (params) {
        if (params.name && /^[EW]\d{8}$/.test(params.name)) { window.location.href = labels.linkBase + params.name; }
      });
      var onMap = {};
      geo.features.forEach(function (feature) { onMap[feature.properties.code] = true; });
      var missing = rows.filter(function (row) { return !onMap[row.area_code]; })
        .map(function (row) { return byCode[row.area_code] || row.area_name; });
      if (missing.length) {
        var note = document.createElement('p');
        note.className = 'govuk-body-s';
        note.textContent = labels.labelNotOnMap + ' ' + missing.join(', ') + '.';
        element.parentNode.insertBefore(note, element.nextSibling);
      }
    }).catch(function (error) { console.error(error); });
  }

  function barChart(element, labels, rows, nation, byCode, format) {
    var ranked = rows.filter(function (row) { return row.rate_per_10000 !== null; })
      .sort(function (a, b) { return b.rate_per_10000 - a.rate_per_10000; });
    if (ranked.length > 40) { element.classList.add('lacx-chart--tall'); }
    var categories = ranked.map(function (row) { return byCode[row.area_code] || row.area_name; });
    var whole = format === rate;
    var option = base(description(element));
    option.grid = { left: 10, right: 30, top: 40, bottom: 30, containLabel: true };
    option.tooltip.trigger = 'axis';
    option.tooltip.axisPointer = { type: 'shadow' };
    option.tooltip.formatter = function (params) { return tooltipFor(ranked[params[0].dataIndex], labels, byCode, format); };
    option.xAxis = { type: 'value', name: labels.labelRate, nameLocation: 'middle', nameGap: 25,
      axisLabel: { formatter: function (value) { return whole ? WHOLE.format(value) : format(value); } } };
    option.yAxis = { type: 'category', data: categories, inverse: true,
      axisLabel: { interval: 0, formatter: function (value, index) {
        return ranked[index] && ranked[index].area_code === labels.highlight ? '{yours|' + value + '}' : value;
      }, rich: { yours: { fontWeight: 'bold', backgroundColor: '#ffdd00', padding: [2, 3] } } } };
    option.series = [{
      type: 'bar', name: labels.labelRate, data: ranked.map(function (row) {
        return row.area_code === labels.highlight ? { value: row.rate_per_10000, itemStyle: { color: ORANGE } } : row.rate_per_10000;
      }),
      itemStyle: { color: BLUE }, barCategoryGap: '30%',
      markLine: nation && nation.rate_per_10000 !== null ? {
        symbol: 'none', silent: true, lineStyle: { color: ORANGE, type: 'dashed', width: 2 },
        label: { formatter: labels.labelNational + (whole ? ' ' + format(nation.rate_per_10000) : ''), position: 'start', color: '#0b0c0c' },
        data: [{ xAxis: nation.rate_per_10000 }]
      } : undefined
    }, {
      type: 'custom', name: labels.labelInterval, silent: true, z: 3, encode: { x: [1, 2], y: 0 },
      data: ranked.map(function (row, index) { return [index, row.ci95_lower, row.ci95_upper]; }),
      renderItem: function (params, api) {
        var low = api.coord([api.value(1), api.value(0)]);
        var high = api.coord([api.value(2), api.value(0)]);
        var cap = api.size([0, 1])[1] * 0.2;
        var style = { stroke: '#0b0c0c', lineWidth: 1.5 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
          { type: 'line', shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style: style },
          { type: 'line', shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style: style }
        ] };
      }
    }];
    var chart = show(element, option);
    chart.on('click', function (params) {
      var row = ranked[params.dataIndex];
      if (row) { window.location.href = labels.linkBase + row.area_code; }
    });
  }

  // ---- sortable tables: a button in each heading, aria-sort on the sorted column ----

  function sortable(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var body = table.tBodies[0];
    var hint = document.querySelector('.lacx-sort-hint');
    if (hint) { hint.hidden = false; }
    var collator = new Intl.Collator(LOCALE);
    headers.forEach(function (header, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'lacx-sort-button';
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        var numeric = header.dataset.numeric === 'true';
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) { return row.cells[column].dataset.sortValue || ''; };
        rows.sort(function (a, b) {
          var x = key(a);
          var y = key(b);
          if (x === '' || y === '') { return x === y ? 0 : x === '' ? 1 : -1; }
          var order = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  }

  // ---- authority profile: trend with the national rate and a confidence band ----

  /** Other authorities added to a profile's trend chart: colours and symbols that differ from each other and BLUE. */
  var OTHERS = [['#009E73', 'triangle'], ['#CC79A7', 'rect'], ['#E69F00', 'roundRect'], ['#56B4E9', 'pin'],
    ['#000000', 'arrow'], ['#912b88', 'triangle'], ['#28a197', 'rect'], ['#b58840', 'roundRect'], ['#505a5f', 'pin']];

  function trendChart(block) {
    var labels = block.dataset;
    var element = block.querySelector('[data-chart="trend"]');
    getJson(labels.trendApi).then(function (answer) {
      // One authority's trend, or several (the first is the profile's own) from /api/v1/trend?area=A,B,C.
      var trends = answer.areas ? answer.areas : [answer];
      var trend = trends[0];
      var nameOf = function (t) { return LOCALE === 'cy-GB' && t.area_name_cy ? t.area_name_cy : t.area_name; };
      var byYear = trends.map(function (t) {
        var rowsOf = {};
        t.years.forEach(function (row) { rowsOf[String(row.year)] = row; });
        return rowsOf;
      });
      var seen = {};
      trends.forEach(function (t) { t.years.forEach(function (row) { seen[String(row.year)] = true; }); });
      var years = Object.keys(seen).sort();
      var value = function (row, name) { return !row || row[name] === undefined ? null : row[name]; };
      var own = function (name) { return years.map(function (year) { return value(byYear[0][year], name); }); };
      var option = base(description(element));
      option.legend = { top: 0, textStyle: { fontFamily: FONT } };
      option.grid = { left: 10, right: 20, top: trends.length > 1 ? 70 : 40, bottom: 30, containLabel: true };
      option.tooltip.trigger = 'axis';
      option.tooltip.formatter = function (params) {
        var year = years[params[0].dataIndex];
        var row = byYear[0][year];
        var lines = ['<strong>' + escape(year) + '</strong>'];
        lines.push(escape(labels.labelArea) + ': ' + (value(row, 'rate_per_10000') === null ? escape(labels.labelNodata)
          : rate(row.rate_per_10000) + ' (' + rate(row.ci95_lower) + '–' + rate(row.ci95_upper) + ')'));
        if (value(row, 'national_rate_per_10000') !== null) { lines.push(escape(labels.labelNational) + ': ' + rate(row.national_rate_per_10000)); }
        for (var i = 1; i < trends.length; i++) {
          var other = byYear[i][year];
          lines.push(escape(nameOf(trends[i])) + ': ' + (value(other, 'rate_per_10000') === null ? escape(labels.labelNodata)
            : rate(other.rate_per_10000) + ' (' + rate(other.ci95_lower) + '–' + rate(other.ci95_upper) + ')'));
        }
        return lines.join('<br>');
      };
      option.xAxis = { type: 'category', data: years, boundaryGap: false, name: labels.labelYear, nameLocation: 'middle', nameGap: 25 };
      option.yAxis = { type: 'value', name: labels.labelRate, nameTextStyle: { align: 'left' }, axisLabel: { formatter: function (v) { return WHOLE.format(v); } } };
      var events = (trend.events || []).map(function (event) {
        return { xAxis: String(event.date).substring(0, 4), label: { formatter: String(event.label || '').substring(0, 30) } };
      }).filter(function (event) { return years.indexOf(event.xAxis) >= 0; });
      var upper = own('ci95_upper');
      var lower = own('ci95_lower');
      option.series = [
        { type: 'line', name: labels.labelInterval, stack: 'band', symbol: 'none', silent: true,
          lineStyle: { opacity: 0 }, data: lower },
        { type: 'line', name: labels.labelInterval, stack: 'band', symbol: 'none', silent: true,
          lineStyle: { opacity: 0 }, areaStyle: { color: '#9ecae1', opacity: 0.6 },
          data: upper.map(function (high, i) { return high === null || lower[i] === null ? null : high - lower[i]; }) },
        { type: 'line', name: labels.labelArea, symbol: 'circle', symbolSize: 7, itemStyle: { color: BLUE },
          lineStyle: { width: 3 }, data: own('rate_per_10000'),
          markLine: events.length ? { symbol: 'none', silent: true, lineStyle: { color: GREY, type: 'dotted' },
            label: { position: 'insideEndTop', color: '#0b0c0c' }, data: events } : undefined },
        { type: 'line', name: labels.labelNational, symbol: 'diamond', symbolSize: 7, itemStyle: { color: ORANGE },
          lineStyle: { type: 'dashed', width: 2 }, data: own('national_rate_per_10000') }
      ];
      option.legend.data = [labels.labelArea, labels.labelNational, bandLegend(labels.labelInterval, '#9ecae1', 0.6)];
      for (var i = 1; i < trends.length; i++) {
        var look = OTHERS[(i - 1) % OTHERS.length];
        var rowsOf = byYear[i];
        option.series.push({ type: 'line', name: nameOf(trends[i]), symbol: look[1], symbolSize: 8,
          itemStyle: { color: look[0] }, lineStyle: { width: 2 },
          data: years.map(function (year) { return value(rowsOf[year], 'rate_per_10000'); }) });
        option.legend.data.push(nameOf(trends[i]));
      }
      show(element, option);
    }).catch(function (error) { console.error(error); });
  }

  // ---- compare: rate against a need factor, and observed/expected from the need-adjusted model ----

  /**
   * Points with a fitted line (scatter of rates against a need factor; change against change): one point per
   * authority, triangles for those far from the line, a click opens the authority's profile.
   * spec: points(answer), x(point), y(point), far(point), tooltip(point, name) -> lines after the name.
   */
  function pointsWithLine(block, kind, url, spec) {
    var labels = block.dataset;
    var element = block.querySelector('[data-chart="' + kind + '"]');
    Promise.all([getJson(url), areaNames()]).then(function (results) {
      var fit = results[0];
      var byCode = results[1];
      var points = spec.points(fit);
      var asData = function (point) { return { value: [spec.x(point), spec.y(point)], code: point.area_code, point: point }; };
      var xs = points.map(spec.x);
      var low = Math.min.apply(null, xs);
      var high = Math.max.apply(null, xs);
      var line = function (x) { return fit.intercept.estimate + fit.slope.estimate * x; };
      var option = base(description(element));
      option.legend = { top: 0, textStyle: { fontFamily: FONT } };
      option.grid = { left: 10, right: 30, top: 40, bottom: 40, containLabel: true };
      option.tooltip.trigger = 'item';
      option.tooltip.formatter = function (params) {
        if (!params.data || !params.data.point) { return escape(labels.labelFit); }
        var point = params.data.point;
        return ['<strong>' + escape(byCode[point.area_code] || point.area_name) + '</strong>']
          .concat(spec.tooltip(point, labels)).join('<br>');
      };
      option.xAxis = { type: 'value', name: labels.labelX, nameLocation: 'middle', nameGap: 28, scale: true };
      option.yAxis = { type: 'value', name: labels.labelRate, nameTextStyle: { align: 'left' }, scale: true };
      option.series = [
        { type: 'scatter', name: labels.labelPoints, symbol: 'circle', symbolSize: 10, itemStyle: { color: BLUE },
          data: points.filter(function (point) { return !spec.far(point); }).map(asData) },
        { type: 'scatter', name: labels.labelOutlier, symbol: 'triangle', symbolSize: 14, itemStyle: { color: ORANGE },
          data: points.filter(spec.far).map(asData) },
        { type: 'line', name: labels.labelFit, symbol: 'none', silent: true, lineStyle: { color: GREY, width: 2 },
          data: [[low, line(low)], [high, line(high)]] }
      ];
      var chart = show(element, option);
      chart.on('click', function (params) {
        if (params.data && params.data.code) { window.location.href = labels.linkBase + params.data.code; }
      });
    }).catch(function (error) { console.error(error); });
  }

  function scatterChart(block) {
    pointsWithLine(block, 'scatter', block.dataset.scatterApi, {
      points: function (fit) { return fit.points; },
      x: function (point) { return point.x; },
      y: function (point) { return point.rate_per_10000; },
      far: function (point) { return Math.abs(point.studentised_residual) > 2; },
      tooltip: function (point, labels) {
        return [escape(labels.labelX) + ': ' + rate(point.x), escape(labels.labelRate) + ': ' + rate(point.rate_per_10000),
          escape(labels.labelFit) + ': ' + rate(point.fitted)];
      }
    });
  }

  // ---- compare: change in rate against change in a need factor, with the weighted line ----

  function changesChart(block) {
    pointsWithLine(block, 'changes', block.dataset.changesApi, {
      points: function (fit) { return fit.rows; },
      x: function (row) { return row.factor_change; },
      y: function (row) { return row.rate_change_per_10000; },
      far: function (row) { return Math.abs(row.standardised_residual) > 2; },
      tooltip: function (row, labels) {
        return [escape(labels.labelX) + ': ' + rate(row.factor_change), escape(labels.labelRate) + ': '
          + rate(row.rate_change_per_10000) + ' (' + rate(row.ci95_lower) + '–' + rate(row.ci95_upper) + ')'];
      }
    });
  }

  function funnelChart(block) {
    var labels = block.dataset;
    var element = block.querySelector('[data-chart="funnel"]');
    Promise.all([getJson(labels.funnelApi), areaNames()]).then(function (results) {
      var funnel = results[0];
      var byCode = results[1];
      var kinds = [
        { name: labels.labelWithin, test: function (p) { return p.position === 'within'; }, symbol: 'circle', color: BLUE, size: 9 },
        { name: labels.labelOutside95, test: function (p) { return p.position === 'above_95' || p.position === 'below_95'; },
          symbol: 'rect', color: '#CC79A7', size: 10 },
        { name: labels.labelOutside998, test: function (p) { return p.position === 'above_998' || p.position === 'below_998'; },
          symbol: 'triangle', color: ORANGE, size: 13 }
      ];
      var curve = function (name) { return funnel.curve.map(function (c) { return [c.population_0_17, c[name]]; }); };
      var option = base(description(element));
      option.legend = { top: 0, textStyle: { fontFamily: FONT } };
      option.grid = { left: 10, right: 30, top: 60, bottom: 40, containLabel: true };
      option.tooltip.trigger = 'item';
      option.tooltip.formatter = function (params) {
        var point = params.data && params.data.point;
        if (!point) { return escape(params.seriesName); }
        return '<strong>' + escape(byCode[point.area_code] || point.area_name) + '</strong><br>' + escape(labels.labelRate) + ': '
          + rate(point.rate_per_10000) + '<br>' + escape(labels.labelPopulation) + ': ' + WHOLE.format(point.population_0_17)
          + '<br>' + escape(labels.labelLimit95) + ': ' + rate(point.limit95_lower) + '–' + rate(point.limit95_upper);
      };
      option.xAxis = { type: 'value', name: labels.labelPopulation, nameLocation: 'middle', nameGap: 28, scale: true,
        axisLabel: { formatter: function (v) { return WHOLE.format(v); } } };
      option.yAxis = { type: 'value', name: labels.labelRate, nameTextStyle: { align: 'left' }, scale: true };
      option.series = kinds.map(function (kind) {
        return { type: 'scatter', name: kind.name, symbol: kind.symbol, symbolSize: kind.size, itemStyle: { color: kind.color }, z: 4,
          data: funnel.points.filter(kind.test).map(function (p) { return { value: [p.population_0_17, p.rate_per_10000], point: p }; }) };
      }).concat([
        { type: 'line', name: labels.labelLimit95, symbol: 'none', silent: true, lineStyle: { color: GREY, type: 'dashed' }, data: curve('limit95_lower') },
        { type: 'line', name: labels.labelLimit95, symbol: 'none', silent: true, lineStyle: { color: GREY, type: 'dashed' }, data: curve('limit95_upper') },
        { type: 'line', name: labels.labelLimit998, symbol: 'none', silent: true, lineStyle: { color: '#0b0c0c' }, data: curve('limit998_lower') },
        { type: 'line', name: labels.labelLimit998, symbol: 'none', silent: true, lineStyle: { color: '#0b0c0c' }, data: curve('limit998_upper') },
        { type: 'line', name: labels.labelPooled, symbol: 'none', silent: true, lineStyle: { color: ORANGE, width: 2 },
          data: [[funnel.curve[0].population_0_17, funnel.pooled_rate_per_10000], [funnel.curve[funnel.curve.length - 1].population_0_17, funnel.pooled_rate_per_10000]] }
      ]);
      var chart = show(element, option);
      chart.on('click', function (params) {
        if (params.data && params.data.point) { window.location.href = labels.linkBase + params.data.point.area_code; }
      });
    }).catch(function (error) { console.error(error); });
  }

  function ratioChart(block) {
    var labels = block.dataset;
    var element = block.querySelector('[data-chart="ranked-bar"]');
    Promise.all([getJson(labels.modelApi), areaNames()]).then(function (results) {
      var byCode = results[1];
      var areas = results[0].areas.slice().sort(function (a, b) { return b.ratio - a.ratio; });
      if (areas.length > 40) { element.classList.add('lacx-chart--tall'); }
      var option = base(description(element));
      option.grid = { left: 10, right: 30, top: 40, bottom: 30, containLabel: true };
      option.tooltip.trigger = 'item';
      option.tooltip.formatter = function (params) {
        var area = areas[params.dataIndex];
        return '<strong>' + escape(byCode[area.area_code] || area.area_name) + '</strong><br>' + escape(labels.labelRatio) + ': '
          + ONE_DECIMAL.format(area.ratio) + '<br>' + escape(labels.labelInterval) + ': ' + ONE_DECIMAL.format(area.ratio_ci95_lower)
          + '–' + ONE_DECIMAL.format(area.ratio_ci95_upper) + '<br>' + escape(labels.labelObserved) + ': ' + WHOLE.format(area.count)
          + '<br>' + escape(labels.labelExpected) + ': ' + ONE_DECIMAL.format(area.expected);
      };
      option.xAxis = { type: 'value', name: labels.labelRatio, nameLocation: 'middle', nameGap: 25, scale: true };
      option.yAxis = { type: 'category', inverse: true, axisLabel: { interval: 0 },
        data: areas.map(function (area) { return byCode[area.area_code] || area.area_name; }) };
      option.series = [{
        type: 'scatter', name: labels.labelRatio, symbol: 'diamond', symbolSize: 11, itemStyle: { color: BLUE }, z: 4,
        data: areas.map(function (area, index) { return [area.ratio, index]; }),
        markLine: { symbol: 'none', silent: true, lineStyle: { color: ORANGE, type: 'dashed', width: 2 },
          label: { formatter: labels.labelParity, position: 'start', color: '#0b0c0c' }, data: [{ xAxis: 1 }] }
      }, {
        type: 'custom', name: labels.labelInterval, silent: true, z: 3, encode: { x: [1, 2], y: 0 },
        data: areas.map(function (area, index) { return [index, area.ratio_ci95_lower, area.ratio_ci95_upper]; }),
        renderItem: function (params, api) {
          var from = api.coord([api.value(1), api.value(0)]);
          var to = api.coord([api.value(2), api.value(0)]);
          return { type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style: { stroke: '#0b0c0c', lineWidth: 1.5 } };
        }
      }];
      var chart = show(element, option);
      chart.on('click', function (params) {
        var area = areas[params.dataIndex];
        if (area && params.seriesType === 'scatter') { window.location.href = labels.linkBase + area.area_code; }
      });
    }).catch(function (error) { console.error(error); });
  }

  // ---- tools under every chart: download PNG/SVG, show the table ----

  function download(url, name) {
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  // A chart drawn on the server as SVG (the cascade): drawn onto a canvas at twice its size, downloaded as PNG.
  function downloadSvgAsPng(svg, name) {
    var box = svg.viewBox.baseVal;
    var width = box && box.width ? box.width : svg.clientWidth;
    var height = box && box.height ? box.height : svg.clientHeight;
    var copy = svg.cloneNode(true);
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
    var url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      var context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      download(canvas.toDataURL('image/png'), name);
    };
    image.src = url;
  }

  function downloadChart(id, type) {
    var element = document.getElementById(id);
    if (type === 'png' && element && element.tagName.toLowerCase() === 'svg') {
      downloadSvgAsPng(element, (element.dataset.downloadName || id) + '.png');
      return;
    }
    var chart = charts[id];
    if (!chart) { return; }
    if (type === 'png') {
      download(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), id + '.png');
      return;
    }
    var element = document.getElementById(id);
    var svgChart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: element.clientWidth, height: element.clientHeight });
    svgChart.setOption(options[id]);
    var svg = svgChart.renderToSVGString();
    svgChart.dispose();
    var url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    download(url, id + '.svg');
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // ---- projection: published stock, then the central projection in 50/80/95% bands ----

  function fanChart(block) {
    var labels = block.dataset;
    var element = block.querySelector('[data-chart="fan"]');
    getJson(labels.projectApi).then(function (projection) {
      var history = projection.history || [];
      var rows = projection.rows || [];
      var scenario = rows.length > 0 && rows[0].scenario_expected !== undefined;
      var p = scenario ? 'baseline_' : '';
      var years = history.map(function (row) { return String(row.year); })
        .concat(rows.map(function (row) { return String(row.year); }));
      var before = history.map(function () { return null; });
      var origin = history.length ? history[history.length - 1].children_looked_after : null;
      function band(lowerName, upperName) {
        var first = history.length ? before.slice(0, -1).concat([0]) : [];
        return first.concat(rows.map(function (row) { return row[p + upperName] - row[p + lowerName]; }));
      }
      var lowest = (history.length ? before.slice(0, -1).concat([origin]) : [])
        .concat(rows.map(function (row) { return row[p + 'lower95']; }));
      var bandSeries = function (name, data, colour) {
        return { type: 'line', name: name, stack: 'fan', symbol: 'none', silent: true, lineStyle: { opacity: 0 },
          areaStyle: colour ? { color: colour, opacity: 1 } : { opacity: 0 }, data: data };
      };
      var option = base(description(element));
      option.legend = { top: 0, textStyle: { fontFamily: FONT } };
      option.grid = { left: 10, right: 20, top: 50, bottom: 30, containLabel: true };
      option.tooltip.trigger = 'axis';
      option.tooltip.formatter = function (params) {
        var index = params[0].dataIndex;
        var lines = ['<strong>' + escape(labels.labelYear) + ' ' + escape(years[index]) + '</strong>'];
        if (index < history.length) {
          lines.push(escape(labels.labelPublished) + ': ' + WHOLE.format(history[index].children_looked_after));
        } else {
          var row = rows[index - history.length];
          lines.push(escape(labels.labelProjected) + ': ' + WHOLE.format(row[p + 'expected']));
          lines.push(escape(labels.labelBand80) + ': ' + WHOLE.format(row[p + 'lower80']) + '–' + WHOLE.format(row[p + 'upper80']));
          lines.push(escape(labels.labelBand95) + ': ' + WHOLE.format(row[p + 'lower95']) + '–' + WHOLE.format(row[p + 'upper95']));
          if (scenario) { lines.push(escape(labels.labelScenario) + ': ' + WHOLE.format(row.scenario_expected)); }
        }
        return lines.join('<br>');
      };
      option.xAxis = { type: 'category', data: years, boundaryGap: false, name: labels.labelYear, nameLocation: 'middle', nameGap: 25 };
      option.yAxis = { type: 'value', name: labels.labelCount, nameTextStyle: { align: 'left' }, axisLabel: { formatter: function (v) { return WHOLE.format(v); } } };
      var centre = (history.length ? before.slice(0, -1).concat([origin]) : [])
        .concat(rows.map(function (row) { return row[p + 'expected']; }));
      option.series = [
        bandSeries('', lowest, null),
        bandSeries(labels.labelBand95, band('lower95', 'lower80'), '#c6dbef'),
        bandSeries(labels.labelBand80, band('lower80', 'lower50'), '#9ecae1'),
        bandSeries(labels.labelBand50, band('lower50', 'upper50'), '#6baed6'),
        bandSeries(labels.labelBand80, band('upper50', 'upper80'), '#9ecae1'),
        bandSeries(labels.labelBand95, band('upper80', 'upper95'), '#c6dbef'),
        { type: 'line', name: labels.labelPublished, symbol: 'circle', symbolSize: 7, itemStyle: { color: '#0b0c0c' },
          lineStyle: { width: 3, color: '#0b0c0c' }, data: history.map(function (row) { return row.children_looked_after; })
            .concat(rows.map(function () { return null; })) },
        { type: 'line', name: labels.labelProjected, symbol: 'diamond', symbolSize: 7, itemStyle: { color: BLUE },
          lineStyle: { width: 3, type: 'dashed', color: BLUE }, data: centre }
      ];
      if (scenario) {
        option.series.push({ type: 'line', name: labels.labelScenario, symbol: 'triangle', symbolSize: 8,
          itemStyle: { color: ORANGE }, lineStyle: { width: 3, type: 'dotted', color: ORANGE },
          data: (history.length ? before.slice(0, -1).concat([origin]) : [])
            .concat(rows.map(function (row) { return row.scenario_expected; })) });
      }
      option.legend.data = [labels.labelPublished, labels.labelProjected].concat(scenario ? [labels.labelScenario] : [])
        .concat([bandLegend(labels.labelBand50, '#6baed6', 1), bandLegend(labels.labelBand80, '#9ecae1', 1),
          bandLegend(labels.labelBand95, '#c6dbef', 1)]);
      show(element, option);
    }).catch(function (error) { console.error(error); });
  }

  function tools() {
    document.querySelectorAll('[data-download]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { downloadChart(button.dataset.chartId, button.dataset.download); });
    });
    document.querySelectorAll('[data-table-toggle]').forEach(function (link) {
      var target = document.getElementById(link.dataset.tableToggle);
      var holder = target && target.closest('[data-collapsible-table]');
      if (!holder) { return; }
      holder.hidden = true;
      link.setAttribute('role', 'button');
      link.setAttribute('aria-expanded', String(!holder.hidden));
      link.setAttribute('aria-controls', holder.id);
      link.addEventListener('click', function (event) {
        event.preventDefault();
        holder.hidden = !holder.hidden;
        link.setAttribute('aria-expanded', String(!holder.hidden));
        if (!holder.hidden) { target.focus(); }
      });
    });
  }

  function init() {
    document.body.classList.add('js-enabled');
    document.querySelectorAll('table[data-sortable]').forEach(sortable);
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-rates-api]').forEach(ratesCharts);
    document.querySelectorAll('[data-trend-api]').forEach(trendChart);
    document.querySelectorAll('[data-scatter-api]').forEach(scatterChart);
    document.querySelectorAll('[data-funnel-api]').forEach(funnelChart);
    document.querySelectorAll('[data-model-api]').forEach(ratioChart);
    document.querySelectorAll('[data-changes-api]').forEach(changesChart);
    document.querySelectorAll('[data-project-api]').forEach(fanChart);
    tools();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
