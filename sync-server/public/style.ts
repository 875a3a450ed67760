// The whole stylesheet of the public pages, inlined: no extra round trip on 3G,
// and it stays far below the 14 KB first-flight budget with the HTML.
export const PUBLIC_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c2330;background:#f5f6f8}
a{color:#1f5fd1}
.wrap{max-width:640px;margin:0 auto;padding:16px}
header.top{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 16px;background:#fff;border-bottom:1px solid #e3e6ea}
header.top .brand{font-weight:700;font-size:18px;color:#1c2330;text-decoration:none}
nav.lang{display:flex;flex-wrap:wrap}nav.lang a{display:inline-flex;align-items:center;min-height:44px;min-width:44px;justify-content:center;padding:0 8px;font-size:14px;text-decoration:none}
nav.lang a[aria-current]{font-weight:700;color:#1c2330}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:12px;padding:20px;margin:16px 0}
h1{font-size:24px;line-height:1.25;margin:0 0 8px}
p.lead{margin:0 0 16px;color:#4a5261}
label{display:block;font-weight:600;margin:14px 0 6px}
input,textarea{width:100%;font:inherit;padding:12px;border:1px solid #b9c0ca;border-radius:8px;background:#fff}
textarea{min-height:120px;resize:vertical}
input:focus,textarea:focus{outline:3px solid #9cc0ff;border-color:#1f5fd1}
.err{color:#b3261e;font-size:14px;margin-top:4px}
[aria-invalid=true]{border-color:#b3261e}
.alert{background:#fdecea;color:#8a1c14;border-radius:8px;padding:12px;margin:0 0 12px}
button{display:block;width:100%;margin-top:20px;padding:14px;font:inherit;font-weight:700;color:#fff;background:#1f5fd1;border:0;border-radius:10px;cursor:pointer}
button:hover{background:#194fb0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer{text-align:center;color:#5b6372;font-size:13px;padding:24px 16px}
@media (min-width:700px){.wrap{padding:32px 16px}h1{font-size:28px}}
`
  .replace(/\n/g, '')
  .trim();
