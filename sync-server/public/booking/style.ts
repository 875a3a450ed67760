// The booking pages' own styles, added to the public base stylesheet and
// inlined like it. Big tap targets: days and times are buttons on a phone.
export const BOOK_CSS = `
header.top{flex-wrap:wrap}
.who{font-weight:700;font-size:18px}
.who small{display:block;font-weight:400;font-size:13px;color:#5b6372}
.opts{display:grid;gap:8px;padding:0;margin:12px 0;list-style:none}
.opt{display:flex;justify-content:space-between;gap:12px;align-items:center;padding:14px 16px;background:#fff;border:1px solid #cfd6e2;border-radius:12px;color:#1c2330;text-decoration:none;font-weight:600}
.opt span{font-weight:400;color:#5b6372;font-size:14px;text-align:right}
.opt:hover,.slot:hover{border-color:#1f5fd1}
.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(84px,1fr));gap:8px;padding:0;margin:12px 0;list-style:none}
.days{grid-template-columns:repeat(auto-fill,minmax(140px,1fr))}
.slot{display:block;padding:12px 6px;text-align:center;background:#fff;border:1px solid #cfd6e2;border-radius:10px;color:#1f5fd1;text-decoration:none;font-weight:700}
.slot small{display:block;font-weight:400;color:#5b6372;font-size:13px}
.slot[aria-current]{background:#1f5fd1;color:#fff}
.sum{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0}
.sum dt{color:#5b6372}
.sum dd{margin:0;font-weight:600}
.chosen{font-size:14px;color:#4a5261;margin:0 0 8px}
.m{color:#5b6372;font-size:14px}
.chosen a{margin-left:6px}
.ok{background:#e7f6ec;color:#145c32;border-radius:8px;padding:12px;margin:0 0 12px}
.link{display:inline-block;margin:12px 12px 0 0;font-weight:600}
.ghost{background:#fff;color:#b3261e;border:1px solid #e3b5b0}
.ghost:hover{background:#fdecea}
.pager{display:flex;justify-content:space-between;gap:8px}
fieldset.rating{border:0;padding:0;margin:14px 0 0}
fieldset.rating label{display:inline-flex;align-items:center;gap:6px;min-height:44px;font-weight:400;margin:0 12px 0 0}
fieldset.rating input{width:24px;height:24px;margin:0}
`
  .replace(/\n/g, '')
  .trim();
