// 上传: drop many files (or pick them), send them as one batch, then open that batch's dashboard.
import {h, replace, showNotice} from './dom.js';
import {uploadBatch, seg} from './api.js';

const ACCEPT = '.pdf,.docx,.doc,application/pdf,application/msword,'
  + 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function render(container) {
  const name = h('input', {id: 'batch-name', type: 'text', placeholder: '例如：2024年度部门整体自评（可不填）', maxlength: 200});
  const input = h('input', {id: 'file-input', type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden'});
  const progress = h('progress', {id: 'upload-progress', max: 1, value: 0, hidden: true});
  const status = h('p', {id: 'upload-status', class: 'muted'});
  const drop = h('label', {id: 'drop-zone', class: 'drop-zone', for: 'file-input', tabindex: 0},
    h('strong', null, '把报告文件拖到这里'),
    h('span', null, '或点击选择文件（可一次选择多个 PDF / Word 文件）'),
    input);

  let busy = false;
  const send = async files => {
    if (busy || !files.length) return;
    busy = true;
    drop.classList.add('busy');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = '正在上传 ' + files.length + ' 个文件…';
    try {
      const batch = await uploadBatch(files, name.value.trim(), f => { progress.value = f; });
      status.textContent = '已上传，批次 ' + (batch.name || batch.batch) + '。';
      location.hash = '#/batches/' + seg(batch.batch);
    } catch (e) {
      status.textContent = '';
      showNotice(e.message);
    } finally {
      busy = false;
      drop.classList.remove('busy');
      progress.hidden = true;
      input.value = '';
    }
  };

  input.addEventListener('change', () => send([...input.files]));
  drop.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, e => { e.preventDefault(); drop.classList.add('over'); });
  }
  for (const type of ['dragleave', 'drop']) {
    drop.addEventListener(type, () => drop.classList.remove('over'));
  }
  drop.addEventListener('drop', e => {
    e.preventDefault();
    send([...e.dataTransfer.files]);
  });

  replace(container,
    h('h1', null, '上传报告'),
    h('p', null, '上传的一组文件为一个批次。每个文件会自动检查完整性和数据一致性，结果在批次页面中查看。'),
    h('label', {class: 'field'}, h('span', null, '批次名称'), name),
    drop,
    progress,
    status);
}
