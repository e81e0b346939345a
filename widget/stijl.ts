/**
 * The widget's CSS, adopted into the shadow root as a constructable stylesheet (no inline style,
 * so it works under `style-src 'self'`). Theming only through custom properties on the host.
 *
 * Everything sits on `.ww-wortel`, the container inside the shadow root, not on `:host`: a host
 * page's `* { font-family: … }` matches the host element and beats `:host`, but never reaches in.
 * The colours: the page's `--werkwijzer-*` first, then the profile's `thema` (set by app.tsx), then ours;
 * the surface of the bubbles is a tint of the primary colour, so it follows the gemeente's theme.
 *
 * Sizes are in `em` from the root's `medium` (the reader's own default size), never in `rem`: a
 * host page's `html { font-size: 62.5% }` would make every rem 10 px inside the shadow root too.
 */
export const CSS = `
:host{display:block}
.ww-wortel{
--ww-primair:var(--werkwijzer-color-primary,var(--ww-thema-primair,#00566e));
--ww-primair-tekst:var(--werkwijzer-color-primary-text,#fff);
--ww-accent:var(--werkwijzer-color-accent,var(--ww-thema-accent,#f39200));
--ww-tekst:var(--werkwijzer-color-text,var(--ww-thema-tekst,#1a1a1a));
--ww-zacht:var(--werkwijzer-color-text-muted,#4d4d4d);
--ww-achtergrond:var(--werkwijzer-color-background,#fff);
--ww-vlak:var(--werkwijzer-color-surface,#f2f2f2);
--ww-rand:var(--werkwijzer-color-border,#767676);
--ww-focus:var(--werkwijzer-color-focus,#1a1a1a);
--ww-fout:var(--werkwijzer-color-error,#b00020);
--ww-font:var(--werkwijzer-font-family,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);
--ww-grootte:var(--werkwijzer-font-size,medium);
--ww-hoek:var(--werkwijzer-border-radius,6px);
--ww-doel:var(--werkwijzer-target-size,44px);
font-family:var(--ww-font);font-size:var(--ww-grootte);line-height:1.5;color:var(--ww-tekst);
letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-align:start;text-shadow:none;
font-style:normal;font-weight:400;white-space:normal;font-variant:normal;text-decoration:none
}
*,*::before,*::after{box-sizing:border-box}
[hidden],:host([hidden]){display:none!important}
.ww{background:var(--ww-achtergrond);color:var(--ww-tekst);border:1px solid var(--ww-rand);border-radius:var(--ww-hoek);overflow-wrap:anywhere;min-width:0}
.ww-kop{display:flex;flex-wrap:wrap;align-items:center;gap:.5em;padding:.75em;background:var(--ww-primair);color:var(--ww-primair-tekst);border-radius:var(--ww-hoek) var(--ww-hoek) 0 0}
.ww-kop h2{margin:0;font-size:1.25em;flex:1 1 6.5em}
.ww-kop h2:focus{outline:none}
.ww-kop .ww-knop{background:transparent;color:var(--ww-primair-tekst);border-color:var(--ww-primair-tekst)}
.ww-kop .ww-knop:focus-visible{outline-color:var(--ww-primair-tekst);box-shadow:0 0 0 5px var(--ww-focus)}
.ww-romp{padding:.75em;display:grid;gap:1em}
.ww-vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.ww-knop,.ww summary{font:inherit;min-height:var(--ww-doel);min-width:var(--ww-doel);padding:.5em 1em;border:2px solid var(--ww-primair);border-radius:var(--ww-hoek);background:var(--ww-achtergrond);color:var(--ww-primair);cursor:pointer;text-align:start;white-space:normal;text-decoration:none;display:inline-flex;align-items:center;gap:.25em;line-height:1.3}
.ww .ww-knop--hoofd{background:var(--ww-primair);color:var(--ww-primair-tekst)}
.ww-knop:hover{text-decoration:underline}
.ww-knop[disabled]{opacity:.6;cursor:not-allowed;text-decoration:none}
.ww-knop[aria-pressed=true]{background:var(--ww-primair);color:var(--ww-primair-tekst)}
.ww-knop--huidig{font-weight:700}
.ww-huidig{font-weight:400;font-size:.9em}
.ww summary{border:0;padding:.5em 0;text-decoration:underline;display:list-item}
.ww details>p,.ww details>ul,.ww details>div{margin:.25em 0 .5em}
:focus-visible{outline:3px solid var(--ww-focus);outline-offset:2px;box-shadow:0 0 0 5px var(--ww-achtergrond)}
h3[tabindex]:focus{outline:3px solid var(--ww-focus);outline-offset:2px}
h3[tabindex]:focus:not(:focus-visible){outline:none}
.ww-log{display:grid;gap:.5em;margin:0}
.ww-bericht{margin:0;padding:.5em .75em;border-radius:var(--ww-hoek);max-width:90%;background:var(--ww-vlak);justify-self:start}
.ww-bericht--jij{justify-self:end;background:var(--ww-primair);color:var(--ww-primair-tekst)}
.ww-vraag h3,.ww-uitkomst h3{margin:0;font-size:1.2em}
.ww-keuzes{display:flex;flex-wrap:wrap;gap:.5em;margin-top:.5em}
.ww-getal{display:grid;gap:.25em;margin-top:.5em}
.ww-getal label{font-weight:600}
.ww-rij{display:flex;flex-wrap:wrap;gap:.5em}
.ww input,.ww textarea{font:inherit;min-height:var(--ww-doel);padding:.5em;border:2px solid var(--ww-rand);border-radius:var(--ww-hoek);background:var(--ww-achtergrond);color:var(--ww-tekst);max-width:100%}
.ww input{width:8em}
.ww input.ww-typveld{width:auto;flex:1 1 12em;min-width:0}
.ww-typen{margin-top:1em}
.ww textarea{width:100%;min-height:6em}
.ww input[aria-invalid=true]{border-color:var(--ww-fout)}
.ww-foutregel{color:var(--ww-fout);margin:0;font-weight:600}
.ww-voortgang p{margin:0 0 .25em;color:var(--ww-zacht)}
.ww-balk{height:.5em;border:1px solid var(--ww-rand);border-radius:.25em;overflow:hidden}
.ww-balk>div{height:100%;background:var(--ww-primair);width:0}
.ww-acties{display:flex;flex-wrap:wrap;gap:.5em}
.ww-melding{margin:0}
.ww-melding:not(:empty){padding:.5em .75em;border-inline-start:4px solid var(--ww-primair);background:var(--ww-vlak)}
.ww-alarm{padding:.75em;border:2px solid var(--ww-fout);border-radius:var(--ww-hoek);display:grid;gap:.5em}
.ww-alarm p{margin:0}
.ww-paneel{border:1px solid var(--ww-rand);border-radius:var(--ww-hoek);padding:0 .75em}
.ww-paneel h3{font-size:1.1em;margin:.75em 0 .5em}
.ww-lijst{list-style:none;margin:0 0 .75em;padding:0;display:grid;gap:.5em}
.ww-lijst li{display:flex;flex-wrap:wrap;align-items:center;gap:.25em .75em;justify-content:space-between}
.ww-lijst li>span{flex:1 1 10em}
.ww-bewerk{flex-basis:100%}
.ww-uitkomst{display:grid;gap:1em}
.ww-uitkomst h4{margin:0 0 .5em;font-size:1.1em}
.ww-kaarten{list-style:none;margin:0;padding:0;display:grid;gap:.75em}
.ww-kaart{border:1px solid var(--ww-rand);border-inline-start:6px solid var(--ww-primair);border-radius:var(--ww-hoek);padding:.75em}
.ww-kaart--onbekend{border-inline-start-color:var(--ww-accent)}
.ww-vraag-gemeente{font-weight:600}
.ww-kaart--niet{border-inline-start-color:var(--ww-rand)}
.ww-kaart h5{margin:0;font-size:1.05em}
.ww-kaart p{margin:.25em 0}
.ww-artikel{font-weight:600}
.ww-beslist{margin:0;padding:.75em;background:var(--ww-vlak);border-inline-start:4px solid var(--ww-accent);font-weight:600}
.ww-klein{color:var(--ww-zacht);font-size:.9em;margin:0}
.ww fieldset{border:1px solid var(--ww-rand);border-radius:var(--ww-hoek);padding:.5em .75em .75em;margin:0}
.ww legend{font-weight:600;padding:0 .25em}
.ww-voet{display:flex;flex-wrap:wrap;gap:.75em 1em;align-items:flex-start;justify-content:space-between;border-top:1px solid var(--ww-rand);padding-top:.75em}
.ww-voet-rest{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;margin-inline-start:auto}
.ww-zeker{display:grid;gap:.5em;padding:.5em .75em;border:2px solid var(--ww-accent);border-radius:var(--ww-hoek)}
.ww-zeker p{margin:0;font-weight:600}
.ww-begin{display:grid;gap:.5em;justify-items:start}
.ww-begin p{margin:0}
.ww-mens-plek:empty{margin-bottom:-1em}
.ww-mens{margin:0;scroll-margin-top:.75em;padding:.75em;border:2px solid var(--ww-accent);border-radius:var(--ww-hoek);background:var(--ww-vlak);font-weight:600}
.ww-groep>summary{font-weight:600;font-size:1.1em}
.ww a:not(.ww-knop){color:var(--ww-primair)}
.ww a[href^="tel:"]{white-space:nowrap}
.ww-voet a,.ww-contact a{display:inline-flex;align-items:center;min-height:var(--ww-doel)}
.ww-contact dl{margin:0 0 .75em;display:grid;gap:.25em}
.ww-contact dt{font-weight:600}
.ww-contact dd{margin:0}
.ww-talen{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5em}
@supports (color:color-mix(in srgb,red,blue)){.ww-wortel{--ww-vlak:var(--werkwijzer-color-surface,color-mix(in srgb,var(--ww-primair) 8%,var(--ww-achtergrond)))}}
.ww-bericht--voorstel{border-inline-start:4px solid var(--ww-accent)}
.ww-typlog{margin-bottom:.5em}
.ww-typlog:empty{margin:0}
.ww-bezig{margin:.5em 0 0;color:var(--ww-zacht);animation:ww-laat 0s linear .4s both}
@keyframes ww-laat{from{visibility:hidden}to{visibility:visible}}
.ww-vraag .ww-alarm{margin-top:.5em}.ww-typen .ww-alarm,.ww-voet .ww-alarm{margin-top:.75em}
.ww-voet>.ww-alarm,.ww-voet>.ww-bezig{flex-basis:100%}
.ww-aanbod{margin:0}
.ww-taalknop span{display:inline}
.ww-launcher{position:fixed;inset-inline-end:1em;bottom:1em;z-index:2147483000;background:var(--ww-primair);color:var(--ww-primair-tekst);box-shadow:0 2px 8px rgba(0,0,0,.3);font-weight:600;border-color:var(--ww-primair-tekst)}
.ww--zwevend{position:fixed;inset-inline-end:1em;bottom:4.5em;z-index:2147483000;width:min(26em,calc(100% - 2em));max-height:calc(100% - 6em);overflow:auto;box-shadow:0 4px 16px rgba(0,0,0,.3)}
@media (max-width:30rem){.ww--zwevend{inset-inline:.5em;width:auto;bottom:4em;max-height:calc(100% - 5em)}}
@media (prefers-reduced-motion:no-preference){.ww-balk>div{transition:width .3s ease}.ww{scroll-behavior:smooth}}
@media (forced-colors:active){
.ww-knop,.ww-launcher{border:2px solid ButtonText}
.ww-knop[aria-pressed=true]{forced-color-adjust:none;background:Highlight;color:HighlightText}
.ww-balk>div{forced-color-adjust:none;background:Highlight}
.ww-bericht,.ww-kaart,.ww-beslist,.ww-melding:not(:empty){border:1px solid CanvasText}
:focus-visible{outline-color:Highlight}
}
`
