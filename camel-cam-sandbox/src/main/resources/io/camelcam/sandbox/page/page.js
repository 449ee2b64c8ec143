// The sandbox page: polls /_sandbox/api/watch once a second and appends only the messages it has not
// shown yet, so nothing flickers. Every piece of client text goes into the DOM as a text node
// (textContent), never as markup: a message saying <script> shows those characters.
'use strict';

(function () {
  const params = new URLSearchParams(location.search);
  // ?poll=<ms>: how often to ask (bounded, so no tab can hammer the sandbox); ?perRoom=<n>: messages kept per panel
  const POLL_MS = numberParam('poll', 1000, 200, 60000);
  const RETRY_MS = Math.max(2000, POLL_MS);
  const REQUEST_DEADLINE_MS = 5000;
  const MAX_PER_ROOM = 200;
  const DAY_START_HOUR = 8;
  const DAY_END_HOUR = 20;
  const HOUR_PX = 44;
  const CALENDAR_OFFSET_MS = 9 * 3600 * 1000; // the reservations' local times are Japan's (UTC+9)
  const MENTION = /@[\p{L}\p{N}._+-]+(?:@[\p{L}\p{N}.-]+)?/gu;

  const perRoom = numberParam('perRoom', 50, 1, MAX_PER_ROOM);
  const watch = {
    generation: null,
    after: 0,
    view: params.get('view') === 'day' ? 'day' : 'week',
    date: /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') || '') ? params.get('date') : null,
    serverOffsetMs: 0,
    quickCalls: [],
    signatures: {},
  };
  const roomPanels = new Map();
  const directPanels = new Map();

  /** The page's own query parameter {@code name}: a whole number, brought within [min, max]. */
  function numberParam(name, fallback, min, max) {
    const n = parseInt(params.get(name), 10);
    return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, n));
  }

  /** An element with a class and, optionally, text; children may follow. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  // ---- polling -------------------------------------------------------------------------------------

  async function poll() {
    try {
      const query = new URLSearchParams({ after: String(watch.after), perRoom: String(perRoom) });
      if (watch.generation !== null) {
        query.set('generation', String(watch.generation));
      }
      const range = calendarRange();
      if (range) {
        query.set('from', range.from);
        query.set('days', String(range.days));
      }
      const response = await fetch('/_sandbox/api/watch?' + query, {
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
      });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const data = await response.json();
      const rangeWasUnknown = !range;
      render(data);
      setStatus('live: polling every ' + POLL_MS / 1000 + ' s', false);
      // the first answer tells the sandbox's today; ask again at once for the calendar's real range
      setTimeout(poll, rangeWasUnknown ? 0 : POLL_MS);
    } catch (e) {
      setStatus('sandbox unreachable (' + (e && e.message ? e.message : e) + '); retrying', true);
      setTimeout(poll, RETRY_MS);
    }
  }

  function setStatus(text, bad) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('bad', bad);
  }

  function render(data) {
    watch.serverOffsetMs = data.nowMillis - Date.now();
    if (watch.date === null) {
      watch.date = data.today;
    }
    watch.today = data.today;
    if (data.reset || (watch.generation !== null && data.generation !== watch.generation)) {
      clearMessages();
    }
    watch.generation = data.generation;
    renderRooms(data.chatRooms);
    renderMessages(data.messages);
    $('summary').textContent = data.total + ' messages received since the last reset · ' + data.chatRooms.length
        + ' chat rooms · at most ' + data.perRoom + ' messages shown per room · sandbox time '
        + formatDateTime(data.now);
    if (changed('calendar', [data.from, data.days, watch.view, data.today, data.conferenceRooms, data.reservations])) {
      renderCalendar(data);
    }
    watch.quickCalls = data.quickCalls;
    if (changed('quickCalls', data.quickCalls)) {
      renderQuickCalls();
    }
    tickQuickCalls();
    if (changed('requests', [data.requests, data.faults])) {
      renderRequests(data.requests, data.faults);
    }
  }

  /** Whether {@code value} differs from what was rendered last under {@code key}: unchanged parts stay as they are. */
  function changed(key, value) {
    const signature = JSON.stringify(value);
    if (watch.signatures[key] === signature) {
      return false;
    }
    watch.signatures[key] = signature;
    return true;
  }

  // ---- chat rooms and direct messages ---------------------------------------------------------------

  function clearMessages() {
    watch.after = 0;
    roomPanels.forEach(panel => panel.root.remove());
    roomPanels.clear();
    directPanels.forEach(panel => panel.root.remove());
    directPanels.clear();
    $('direct-empty').hidden = false;
  }

  function renderRooms(rooms) {
    const known = new Set();
    rooms.forEach(room => {
      known.add(room.name);
      const panel = roomPanel(room.name);
      panel.info.textContent = (room.isPublic ? 'public' : 'private') + ' · ' + room.members + ' members · id '
          + room.id;
      panel.root.classList.remove('gone');
    });
    roomPanels.forEach((panel, name) => {
      if (!known.has(name)) {
        panel.info.textContent = 'no room has this name now';
        panel.root.classList.add('gone');
      }
    });
  }

  function panel(container, className, title, dataName) {
    const root = el('article', 'panel ' + className);
    root.dataset.name = dataName;
    const head = el('header', 'panel-head');
    head.append(el('h3', 'panel-title', title));
    const info = el('p', 'panel-info');
    head.append(info);
    const list = el('ol', 'messages');
    const empty = el('li', 'empty', 'No messages yet.');
    list.append(empty);
    root.append(head, list);
    container.append(root);
    return { root, info, list, empty };
  }

  function roomPanel(name) {
    let p = roomPanels.get(name);
    if (!p) {
      p = panel($('rooms'), 'room', name, name);
      roomPanels.set(name, p);
    }
    return p;
  }

  function directPanel(user) {
    let p = directPanels.get(user);
    if (!p) {
      $('direct-empty').hidden = true;
      p = panel($('direct'), 'direct', user, user);
      p.info.textContent = 'direct messages to this user';
      directPanels.set(user, p);
    }
    return p;
  }

  function renderMessages(messages) {
    messages.forEach(m => {
      if (m.seq <= watch.after) {
        return; // already shown
      }
      watch.after = m.seq;
      if (m.panelName === 'messenger') {
        m.users.forEach(user => append(directPanel(user), messageItem(m, user)));
      } else {
        append(roomPanel(m.panelName), messageItem(m, null));
      }
    });
  }

  function append(p, item) {
    const list = p.list;
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 24;
    p.empty.hidden = true;
    list.append(item);
    // the page keeps as few messages per panel as it asks for
    while (list.querySelectorAll('li.message').length > perRoom) {
      list.querySelector('li.message').remove();
    }
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }

  /** One message; {@code recipient} is set for a direct message shown in that user's group. */
  function messageItem(m, recipient) {
    const item = el('li', 'message' + (m.sealed ? ' sealed' : ''));
    item.dataset.seq = String(m.seq);
    const meta = el('div', 'meta');
    meta.append(el('time', 'time', formatTime(m.receivedAt)), el('span', 'seq', '#' + m.seq));
    if (m.operation === 'sendMessages') {
      meta.append(el('span', 'batch', 'batch'));
    }
    item.append(meta);
    if (recipient === null && m.users.length > 0) {
      const mentions = el('div', 'mentions');
      m.users.forEach(user => mentions.append(el('span', 'mention', '@' + user)));
      item.append(mentions);
    }
    if (recipient !== null && m.users.length > 1) {
      item.append(el('div', 'also', 'also to ' + m.users.filter(u => u !== recipient).join(', ')));
    }
    const text = el('div', 'text');
    appendWithMentions(text, m.text);
    if (m.sealed) {
      const letter = el('details', 'letter');
      letter.append(el('summary', 'letter-seal', '✉ Sealed letter: click to open'), text);
      item.append(letter);
    } else {
      item.append(text);
    }
    return item;
  }

  /** The text as text nodes, each @name in it wrapped in a marked span. */
  function appendWithMentions(parent, text) {
    let last = 0;
    for (const match of text.matchAll(MENTION)) {
      parent.append(document.createTextNode(text.slice(last, match.index)), el('span', 'mention-inline', match[0]));
      last = match.index + match[0].length;
    }
    parent.append(document.createTextNode(text.slice(last)));
  }

  // ---- calendar ------------------------------------------------------------------------------------

  /** The days the calendar shows: one day, or the week (Monday first) holding the chosen date. */
  function calendarRange() {
    if (watch.date === null) {
      return null;
    }
    if (watch.view === 'day') {
      return { from: watch.date, days: 1 };
    }
    const date = parseDate(watch.date);
    date.setUTCDate(date.getUTCDate() - (date.getUTCDay() + 6) % 7);
    return { from: formatDate(date), days: 7 };
  }

  function parseDate(text) {
    const [y, m, d] = text.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }

  function formatDate(date) {
    return date.toISOString().slice(0, 10);
  }

  function addDays(text, n) {
    const date = parseDate(text);
    date.setUTCDate(date.getUTCDate() + n);
    return formatDate(date);
  }

  function minutesOf(localDateTime) {
    return Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));
  }

  function renderCalendar(data) {
    const range = calendarRange();
    const calendar = $('calendar');
    calendar.replaceChildren();
    calendar.dataset.view = watch.view;
    $('cal-day').classList.toggle('active', watch.view === 'day');
    $('cal-week').classList.toggle('active', watch.view === 'week');
    if (!range || data.from !== range.from || data.days !== range.days) {
      return; // an answer for another range: the next poll brings the right one
    }
    const days = [];
    for (let i = 0; i < range.days; i++) {
      days.push(addDays(range.from, i));
    }
    $('cal-range').textContent = range.days === 1 ? weekday(days[0]) + ' ' + days[0]
        : days[0] + ' – ' + days[days.length - 1];

    const rooms = data.conferenceRooms.map(r => ({ id: r.id, label: r.name, detail: r.capacity + ' seats, ' + r.location }));
    data.reservations.forEach(r => {
      if (!rooms.some(room => room.id === r.roomId)) {
        rooms.push({ id: r.roomId, label: r.roomName || r.roomId, detail: 'not in the room list' });
      }
    });
    let startHour = DAY_START_HOUR;
    let endHour = DAY_END_HOUR;
    data.reservations.forEach(r => {
      startHour = Math.min(startHour, Math.floor(minutesOf(r.start) / 60));
      endHour = Math.max(endHour, Math.ceil(minutesOf(r.end) / 60) || 24);
    });
    const height = (endHour - startHour) * HOUR_PX;

    // columns: a day per column in the week view, a room per column in the day view
    const columns = watch.view === 'week'
        ? days.map(day => ({ key: day, label: weekday(day) + ' ' + day.slice(5), detail: '', today: day === data.today }))
        : rooms.map(room => ({ key: room.id, label: room.label, detail: room.detail, today: false }));
    const grid = el('div', 'cal-grid');
    grid.style.gridTemplateColumns = '3.5em repeat(' + columns.length + ', minmax(0, 1fr))';
    grid.append(el('div', 'cal-corner'));
    columns.forEach(c => {
      const head = el('div', 'cal-head' + (c.today ? ' today' : ''), c.label);
      if (c.detail) {
        head.append(el('small', null, c.detail));
      }
      grid.append(head);
    });
    const gutter = el('div', 'cal-gutter');
    gutter.style.height = height + 'px';
    for (let h = startHour; h < endHour; h++) {
      const label = el('span', 'cal-hour', String(h).padStart(2, '0') + ':00');
      label.style.top = (h - startHour) * HOUR_PX + 'px';
      gutter.append(label);
    }
    grid.append(gutter);
    const bodies = new Map();
    columns.forEach(c => {
      const body = el('div', 'cal-column' + (c.today ? ' today' : ''));
      body.style.height = height + 'px';
      body.style.backgroundSize = '100% ' + HOUR_PX + 'px';
      bodies.set(c.key, body);
      grid.append(body);
    });

    const blocksByColumn = new Map(columns.map(c => [c.key, []]));
    data.reservations.forEach(r => {
      const roomIndex = rooms.findIndex(room => room.id === r.roomId);
      days.forEach(day => {
        const dayStart = day + 'T00:00:00';
        const dayEnd = addDays(day, 1) + 'T00:00:00';
        if (!(r.start < dayEnd && r.end > dayStart)) {
          return;
        }
        // a booking running over midnight is cut at the edges of the hours shown
        const from = Math.max(startHour * 60, r.start < dayStart ? 0 : minutesOf(r.start));
        const to = Math.min(endHour * 60, r.end >= dayEnd ? 24 * 60 : minutesOf(r.end));
        blocksByColumn.get(watch.view === 'week' ? day : r.roomId).push({ r, roomIndex, from, to });
      });
    });
    blocksByColumn.forEach((blocks, key) => {
      layOut(blocks);
      blocks.forEach(({ r, roomIndex, from, to, lane, lanes }) => {
        const block = el('div', 'reservation room-' + (roomIndex % 8));
        block.dataset.id = r.id;
        block.style.top = (from - startHour * 60) / 60 * HOUR_PX + 'px';
        block.style.height = Math.max(14, (to - from) / 60 * HOUR_PX - 2) + 'px';
        block.style.left = lane / lanes * 100 + '%';
        block.style.width = 100 / lanes + '%';
        const time = r.start.slice(11, 16) + '–' + r.end.slice(11, 16);
        block.title = (r.roomName || r.roomId) + ' ' + time + ' ' + (r.title || '') + ' (' + r.id + ')';
        block.append(el('span', 'res-title', r.title || '(no title)'), el('span', 'res-time', time));
        block.append(el('span', 'res-user', watch.view === 'week' ? r.roomName || r.roomId : r.userId || ''));
        bodies.get(key).append(block);
      });
    });
    if (data.today >= days[0] && data.today <= days[days.length - 1]) {
      const nowLocal = new Date(data.nowMillis + CALENDAR_OFFSET_MS);
      const minutes = nowLocal.getUTCHours() * 60 + nowLocal.getUTCMinutes();
      if (minutes >= startHour * 60 && minutes <= endHour * 60) {
        const targets = watch.view === 'week' ? [bodies.get(data.today)] : [...bodies.values()];
        targets.forEach(body => {
          const line = el('div', 'now-line');
          line.style.top = (minutes - startHour * 60) / 60 * HOUR_PX + 'px';
          body.append(line);
        });
      }
    }
    calendar.append(grid);
    if (watch.view === 'week') {
      const legend = el('p', 'legend');
      rooms.forEach((room, i) => legend.append(el('span', 'swatch room-' + (i % 8), room.label)));
      calendar.append(legend);
    }
    if (data.reservations.length === 0) {
      calendar.append(el('p', 'empty', 'No reservations in these days.'));
    }
  }

  /**
   * Side by side only where bookings overlap: each group of overlapping blocks shares the column's width in
   * as many lanes as it needs, and each block takes the first lane free at its start.
   */
  function layOut(blocks) {
    blocks.sort((a, b) => a.from - b.from || b.to - a.to);
    let group = [];
    let laneEnds = [];
    let groupEnd = -1;
    const close = () => {
      group.forEach(b => {
        b.lanes = laneEnds.length;
      });
      group = [];
      laneEnds = [];
      groupEnd = -1;
    };
    blocks.forEach(b => {
      if (group.length > 0 && b.from >= groupEnd) {
        close();
      }
      let lane = laneEnds.findIndex(end => end <= b.from);
      if (lane < 0) {
        lane = laneEnds.length;
        laneEnds.push(b.to);
      } else {
        laneEnds[lane] = b.to;
      }
      b.lane = lane;
      group.push(b);
      groupEnd = Math.max(groupEnd, b.to);
    });
    close();
  }

  function weekday(day) {
    return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][parseDate(day).getUTCDay()];
  }

  function moveCalendar(step) {
    if (watch.date !== null) {
      watch.date = addDays(watch.date, step * (watch.view === 'day' ? 1 : 7));
      showCalendarChange();
    }
  }

  function showCalendarChange() {
    $('calendar').replaceChildren(el('p', 'empty', 'Loading…'));
    watch.signatures.calendar = null;
  }

  // ---- quick calls, requests, faults ---------------------------------------------------------------

  function renderQuickCalls() {
    const body = $('quick-calls').tBodies[0];
    body.replaceChildren();
    if (watch.quickCalls.length === 0) {
      const row = el('tr');
      const cell = el('td', 'empty', 'No quick calls.');
      cell.colSpan = 5;
      row.append(cell);
      body.append(row);
      return;
    }
    watch.quickCalls.slice().reverse().forEach(q => {
      const row = el('tr', 'quick-call');
      row.dataset.expireTime = String(q.expireTime);
      const link = el('a', null, 'open');
      if (/^https?:\/\//.test(q.url)) {
        link.href = q.url;
      }
      const urlCell = el('td');
      urlCell.append(link);
      row.append(el('td', 'code', q.id), el('td', null, formatDateTime(new Date(q.expireTime).toISOString())),
          el('td', 'left'), el('td', null, q.passwordSet ? 'set' : 'none'), urlCell);
      body.append(row);
    });
  }

  /** The time left of each quick call, counted down on the sandbox's clock. */
  function tickQuickCalls() {
    const now = Date.now() + watch.serverOffsetMs;
    document.querySelectorAll('#quick-calls tr.quick-call').forEach(row => {
      const left = Number(row.dataset.expireTime) - now;
      row.classList.toggle('expired', left <= 0);
      row.querySelector('td.left').textContent = left <= 0 ? 'expired' : duration(left);
    });
  }

  function duration(ms) {
    const s = Math.floor(ms / 1000);
    const d = Math.floor(s / 86400);
    const h = Math.floor(s % 86400 / 3600);
    const m = Math.floor(s % 3600 / 60);
    return (d > 0 ? d + 'd ' : '') + (d > 0 || h > 0 ? h + 'h ' : '') + m + 'm ' + (s % 60) + 's';
  }

  function renderRequests(requests, faults) {
    const pending = $('faults');
    pending.replaceChildren(el('strong', null, 'Pending faults: '));
    if (faults.length === 0) {
      pending.append(document.createTextNode('none'));
    }
    faults.forEach(f => pending.append(el('span', 'fault', f)));
    const body = $('requests').tBodies[0];
    body.replaceChildren();
    requests.slice().reverse().forEach(r => {
      const row = el('tr', 'request' + (r.fault ? ' faulted' : '') + (r.camStatus === 520 ? ' refused' : ''));
      row.append(el('td', null, r.seq), el('td', null, formatTime(r.at)), el('td', null, r.method),
          el('td', null, r.operation), el('td', null, r.role), el('td', null, r.httpStatus),
          el('td', null, r.camStatus || ''), el('td', null, r.errorCodes.join(' ')), el('td', 'fault-kind', r.fault || ''));
      body.append(row);
    });
    if (requests.length === 0) {
      const row = el('tr');
      const cell = el('td', 'empty', 'No requests since the last reset.');
      cell.colSpan = 9;
      row.append(cell);
      body.append(row);
    }
  }

  function formatTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString([], { hour12: false });
  }

  function formatDateTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString([], { hour12: false });
  }

  // ---- start ---------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('cal-prev').addEventListener('click', () => moveCalendar(-1));
    $('cal-next').addEventListener('click', () => moveCalendar(1));
    $('cal-today').addEventListener('click', () => {
      if (watch.today) {
        watch.date = watch.today;
        showCalendarChange();
      }
    });
    $('cal-day').addEventListener('click', () => {
      watch.view = 'day';
      showCalendarChange();
    });
    $('cal-week').addEventListener('click', () => {
      watch.view = 'week';
      showCalendarChange();
    });
    setInterval(tickQuickCalls, 1000);
    poll();
  });
}());
