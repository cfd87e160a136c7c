// The student page of a NetLab class: join with the code and a name, answer the question on the
// projector, see the reveal. Everything received is set as text (textContent), never as HTML.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const VIEWS = ['join-view', 'wait-view', 'question-view', 'end-view'];
  const TOKEN_KEY = 'netlab.class.token';
  const MAX_RETRIES = 8;

  let lang = (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  let socket = null;
  let code = '';
  let name = '';
  let token = sessionStorage.getItem(TOKEN_KEY);
  let question = null;
  let chosen = null;
  let reveal = null;
  let ended = false;
  let retries = 0;

  const WORDS = {
    wrongCode: { en: 'Could not join: ', zh: '无法加入：' },
    lost: { en: 'The connection was lost; joining again…', zh: '连接已断开，正在重新加入…' },
    gone: { en: 'The connection is gone. Reload the page to join again.', zh: '连接已断开。请刷新页面重新加入。' },
    tooBig: { en: 'Your message was too big, so the class closed this connection. Reload the page to join again.',
              zh: '你发送的消息太大，课堂关闭了此连接。请刷新页面重新加入。' },
    yours: { en: 'Your answer: ', zh: '你的答案：' },
    counter: { en: 'Question {n} of {of}', zh: '第 {n} 题，共 {of} 题' },
    answered: { en: '{n} answered', zh: '{n} 人作答' },
    unreachable: { en: 'The class server does not answer.', zh: '课堂服务器没有响应。' }
  };

  function words(key) {
    return WORDS[key][lang];
  }

  function local(text) {
    if (!text) {
      return '';
    }
    return text[lang] || text.en || '';
  }

  function show(view) {
    VIEWS.forEach((v) => { $(v).hidden = v !== view; });
  }

  function say(text) {
    const m = $('message');
    m.textContent = text;
    m.hidden = !text;
  }

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-en]').forEach((el) => {
      el.textContent = el.getAttribute(lang === 'zh' ? 'data-zh' : 'data-en');
    });
    $('lang').textContent = lang === 'zh' ? 'English' : '中文';
    if (question) {
      renderQuestion(question);
    }
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
    }
  }

  async function join(event) {
    event.preventDefault();
    code = $('code').value.trim();
    name = $('name').value.trim();
    say('');
    let response;
    try {
      response = await fetch('/check?code=' + encodeURIComponent(code), { cache: 'no-store' });
    } catch (e) {
      say(words('unreachable'));
      return;
    }
    if (response.status !== 204) {
      say(words('wrongCode') + (await response.text()).trim());
      return;
    }
    connect();
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws?code=' + encodeURIComponent(code));
    socket.addEventListener('open', () => send({ type: 'join', name: name, token: token }));
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      handle(message);
    });
    socket.addEventListener('close', (event) => {
      if (ended) {
        return;
      }
      if (event.code === 1009) {
        say(words('tooBig'));
      } else if (event.code === 1008) {
        say(event.reason || words('gone'));
      } else if (retries < MAX_RETRIES && token) {
        retries++;
        say(words('lost'));
        setTimeout(connect, Math.min(8000, 500 * retries));
      } else {
        say(words('gone'));
      }
    });
  }

  function handle(m) {
    switch (m.type) {
      case 'joined':
        token = m.token;
        sessionStorage.setItem(TOKEN_KEY, token);
        retries = 0;
        say('');
        $('me').textContent = m.name;
        $('title').textContent = m.title;
        show('wait-view');
        break;
      case 'waiting':
        show('wait-view');
        break;
      case 'question':
        if (!question || question.id !== m.id) {
          chosen = m.yours || null;
          reveal = null;
        }
        question = m;
        renderQuestion(m);
        break;
      case 'answered':
        if (question && question.id === m.question) {
          chosen = m.value;
          say('');
          renderQuestion(question);
        }
        break;
      case 'reveal':
        if (question && question.id === m.question) {
          reveal = m;
          renderQuestion(question);
        }
        break;
      case 'error':
        say(m.message);
        break;
      case 'ended':
        ended = true;
        sessionStorage.removeItem(TOKEN_KEY);
        show('end-view');
        say('');
        break;
      default:
        break;
    }
  }

  function renderQuestion(q) {
    show('question-view');
    $('counter').textContent = words('counter').replace('{n}', q.number).replace('{of}', q.of);
    $('prompt').textContent = local(q.prompt);
    const list = $('choices');
    list.replaceChildren();
    $('number-form').hidden = q.kind !== 'number';
    if (q.kind === 'choice') {
      q.choices.forEach((choice, i) => {
        const letter = String.fromCharCode(65 + i);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'choice';
        button.dataset.value = letter;
        const l = document.createElement('span');
        l.className = 'letter';
        l.textContent = letter;
        const t = document.createElement('span');
        t.className = 'text';
        t.textContent = local(choice);
        button.append(l, t);
        if (letter === chosen) {
          button.classList.add('chosen');
        }
        if (reveal) {
          button.disabled = true;
          if (letter === reveal.right) {
            button.classList.add('right');
          } else if (letter === chosen) {
            button.classList.add('wrong');
          }
        } else {
          button.addEventListener('click', () => send({ type: 'answer', question: q.id, value: letter }));
        }
        list.append(button);
      });
    }
    $('number').disabled = !!reveal;
    const yours = $('yours');
    yours.hidden = chosen === null;
    yours.textContent = chosen === null ? '' : words('yours') + chosen;
    $('change-hint').hidden = !!reveal;
    renderReveal();
  }

  function renderReveal() {
    const box = $('reveal');
    box.hidden = !reveal;
    if (!reveal) {
      return;
    }
    $('right').textContent = reveal.rightText ? reveal.right + ' — ' + local(reveal.rightText) : reveal.right;
    $('why').textContent = local(reveal.why);
    const counts = $('counts');
    counts.replaceChildren();
    const max = Math.max(1, ...reveal.counts.map((c) => c.count));
    reveal.counts.forEach((c) => {
      const row = document.createElement('div');
      row.className = 'bar-row' + (c.value === reveal.right ? ' is-right' : '');
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = c.value;
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = Math.round(70 * c.count / max) + '%';
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(c.count);
      row.append(label, bar, count);
      counts.append(row);
    });
    const total = document.createElement('p');
    total.className = 'hint';
    total.textContent = words('answered').replace('{n}', reveal.answered);
    counts.append(total);
  }

  function answerNumber(event) {
    event.preventDefault();
    if (question) {
      send({ type: 'answer', question: question.id, value: $('number').value.trim() });
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const hash = decodeURIComponent(location.hash.replace(/^#/, ''));
    if (/^[A-Za-z0-9-]{1,16}$/.test(hash)) {
      $('code').value = hash.toUpperCase();
    }
    $('join-form').addEventListener('submit', join);
    $('number-form').addEventListener('submit', answerNumber);
    $('lang').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      applyLanguage();
    });
    applyLanguage();
    // keep the connection alive through idle proxies and sleeping radios: one tiny message a while
    setInterval(() => send({ type: 'ping' }), 25000);
  });
}());
