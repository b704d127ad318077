// The REST API client. Off loopback the server wants a token: a 401 opens the token form, and the
// request is retried once the server has set its cookie (POST /api/login).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let loginWaiters = null;

/** Opens the token dialog once, however many requests got 401; resolves when logged in. */
function waitForLogin() {
  if (loginWaiters) return new Promise(resolve => loginWaiters.push(resolve));
  loginWaiters = [];
  const dialog = document.getElementById('login');
  const form = document.getElementById('login-form');
  const input = document.getElementById('login-token');
  const error = document.getElementById('login-error');
  error.hidden = true;
  return new Promise(resolve => {
    loginWaiters.push(resolve);
    const onSubmit = async event => {
      event.preventDefault();
      const res = await fetch('api/login', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({token: input.value}),
        credentials: 'same-origin',
      });
      if (res.ok) {
        form.removeEventListener('submit', onSubmit);
        input.value = '';
        dialog.close();
        const waiters = loginWaiters;
        loginWaiters = null;
        waiters.forEach(w => w());
      } else {
        error.textContent = res.status === 401 ? '令牌不正确，请重新输入。' : '登录失败（' + res.status + '）。';
        error.hidden = false;
      }
    };
    form.addEventListener('submit', onSubmit);
    if (!dialog.open) dialog.showModal();
    input.focus();
  });
}

async function errorOf(res) {
  let code = 'HTTP_' + res.status;
  let message = '请求失败（HTTP ' + res.status + '）。';
  try {
    const body = await res.json();
    if (body && body.error) {
      code = body.error.code || code;
      message = body.error.message || message;
    }
  } catch (ignored) {
    // not JSON: keep the generic message
  }
  if (res.status === 413 && code.startsWith('HTTP_')) {
    code = 'TOO_LARGE';
    message = '上传的文件太大或数量太多。';
  }
  return new ApiError(res.status, code, message);
}

/** fetch against the API with 401 → login → retry. Returns the Response when ok, else throws ApiError. */
export async function request(path, options = {}) {
  for (;;) {
    const res = await fetch(path, {credentials: 'same-origin', ...options});
    if (res.status === 401) {
      await waitForLogin();
      continue;
    }
    if (!res.ok) throw await errorOf(res);
    return res;
  }
}

export async function getJson(path) {
  return (await request(path, {headers: {Accept: 'application/json'}})).json();
}

export async function putJson(path, body) {
  const res = await request(path, {
    method: 'PUT',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
  });
  return res.json();
}

/**
 * Uploads files as one batch (multipart, parts named "files"). Uses XMLHttpRequest for the upload
 * progress events fetch does not give. onProgress(fraction).
 */
export function uploadBatch(files, name, onProgress) {
  const form = new FormData();
  if (name) form.append('name', name);
  for (const f of files) form.append('files', f, f.name);
  const send = () => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/batches');
    xhr.responseType = 'json';
    xhr.upload.onprogress = e => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(xhr.response);
      const err = xhr.response && xhr.response.error;
      reject(new ApiError(xhr.status, err ? err.code : (xhr.status === 413 ? 'TOO_LARGE' : 'HTTP_' + xhr.status),
        err ? err.message : (xhr.status === 413 ? '上传的文件太大或数量太多。' : '上传失败（HTTP ' + xhr.status + '）。')));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '网络错误，上传未完成。'));
    xhr.send(form);
  });
  return send().catch(async e => {
    if (e.status !== 401) throw e;
    await waitForLogin();
    return send();
  });
}

/** The path segment for an id from the server (sha256, batch id), encoded so it stays one segment. */
export function seg(id) {
  return encodeURIComponent(String(id));
}
