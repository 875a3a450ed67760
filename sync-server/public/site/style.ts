// The mini-site's styles, added to the public pages' base stylesheet and
// inlined like it: one round trip, no render-blocking request. Minified by
// hand to stay inside the 14 KB first-flight budget with the page.
export const SITE_CSS = `
.wrap.wide{max-width:1100px}
header.top{flex-wrap:wrap}
nav.site{display:flex;gap:4px;overflow-x:auto;width:100%;order:3;margin:4px -6px -6px;scrollbar-width:none}
nav.site a{padding:6px 10px;border-radius:8px;white-space:nowrap;text-decoration:none;font-size:15px}
nav.site a[aria-current]{background:#eaf1ff;font-weight:700}
.logo{width:40px;height:40px;border-radius:10px;object-fit:cover;vertical-align:middle;margin-right:8px}
.hero h1{font-size:26px}
.tags{display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:8px 0;list-style:none}
.tags li{background:#eef0f3;border-radius:999px;padding:4px 12px;font-size:14px}
.btns{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.btn{display:inline-block;padding:11px 16px;border-radius:10px;background:#1f5fd1;color:#fff;text-decoration:none;font-weight:600;line-height:1.2}
.btn.wa{background:#167a43}.btn.tg{background:#1c6fa8}.btn.vk{background:#3d6596}
.btn.alt{background:#fff;color:#1f5fd1;border:1px solid #b9c8e6}
.open{font-weight:600;color:#167a43}.closed{font-weight:600;color:#a15c00}
table.hours{border-collapse:collapse;width:100%}table.hours td{padding:4px 0;vertical-align:top}table.hours td:first-child{width:7.5em;color:#4a5261}
.grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px;padding:0;list-style:none;margin:12px 0}
.tile{display:flex;flex-direction:column;height:100%;background:#fff;border:1px solid #e3e6ea;border-radius:12px;overflow:hidden;color:inherit;text-decoration:none}
.tile .t{padding:8px 10px 10px}.tile b{display:block;font-weight:600;line-height:1.3}
.ph{display:block;width:100%;aspect-ratio:1;object-fit:cover;background:#eef0f3}
.ph.big{aspect-ratio:4/3;border-radius:12px}
.ni{display:grid;place-items:center;font-size:44px;font-weight:700;color:#b8bfca}
.card>h2:first-child{margin-top:0}
.price{font-weight:700;white-space:nowrap}
.m{color:#677083;font-size:14px}
.av{font-size:13px;font-weight:600;color:#167a43}.av.to_order{color:#7a5200}.av.unavailable{color:#8a1c14}
ul.rows{list-style:none;padding:0;margin:0}
ul.rows li{display:flex;justify-content:space-between;align-items:baseline;gap:12px;padding:10px 0;border-bottom:1px dashed #d5d9e0}
ul.rows a{color:inherit}
ul.rows li:last-child{border-bottom:0}
h2{font-size:19px;margin:18px 0 8px}
.cats{display:flex;gap:6px;overflow-x:auto;padding:2px 0 8px;scrollbar-width:none}
.cats a{padding:6px 12px;border:1px solid #d5d9e0;border-radius:999px;background:#fff;white-space:nowrap;text-decoration:none;font-size:14px}
.cats a[aria-current]{background:#1c2330;color:#fff;border-color:#1c2330}
.pager{display:flex;justify-content:space-between;margin:16px 0}
.thumbs{display:flex;gap:8px;overflow-x:auto;margin-top:8px}.thumbs img{width:72px;height:72px;object-fit:cover;border-radius:8px}
.desc{white-space:pre-line}
.stars{color:#b87500;letter-spacing:2px}
.review{border-top:1px solid #e3e6ea;padding:12px 0}.reply{background:#f5f6f8;border-radius:8px;padding:8px 12px;margin-top:6px}
.rating{display:flex;gap:8px;flex-wrap:wrap}.rating label{display:inline-flex;align-items:center;gap:6px;min-height:44px;padding:0 10px 0 4px;font-weight:400;margin:0}.rating input{width:24px;height:24px;margin:0}
select{width:100%;font:inherit;padding:12px;border:1px solid #b9c0ca;border-radius:8px;background:#fff}
.item-head{display:grid;gap:16px}
@media (min-width:700px){.grid{grid-template-columns:repeat(3,minmax(0,1fr))}nav.site{width:auto;order:0;margin:0}.item-head{grid-template-columns:1fr 1fr}}
@media (min-width:1000px){.grid{grid-template-columns:repeat(4,minmax(0,1fr))}}
`
  .replace(/\n/g, '')
  .trim();
