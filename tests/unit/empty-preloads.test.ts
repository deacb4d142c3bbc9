import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import { unwrapEmptyPreloads } from '../../src/integrations/empty-preloads.ts';

const HELPER = './preload-helper.Ab12.js';
const run = (code: string) => unwrapEmptyPreloads(code, parseAst(code) as never, HELPER);

describe('unwrapEmptyPreloads', () => {
  it('calls the import function directly when nothing is preloaded, and drops the helper', () => {
    const code = `import{_ as e}from"./preload-helper.Ab12.js";import{a as t}from"./svelte.X.js";function n(n){e(async()=>{const{createEditor:e}=await(import("./editor.Y.js"));return{createEditor:e}},[]).then(({createEditor:e})=>e(n,t))}export{n as default};`;
    const result = run(code)!;
    expect(result.importRemoved).toBe(true);
    expect(result.code).not.toContain('preload-helper');
    expect(result.code).toContain('(async()=>{const{createEditor:e}=await(import("./editor.Y.js"));return{createEditor:e}})().then(');
    // Columns stay in place, so that source maps stay right.
    expect(result.code).toHaveLength(code.length);
    expect(() => parseAst(result.code)).not.toThrow();
  });

  it('keeps the helper where a dynamic import preloads something', () => {
    const code = `import{_ as e}from"./preload-helper.Ab12.js";const a=()=>e(()=>import("./x.js"),[]),b=()=>e(()=>import("./y.js"),__vite__mapDeps([0,1]));export{a,b};`;
    const result = run(code)!;
    expect(result.importRemoved).toBe(false);
    expect(result.code).toContain('import{_ as e}from"./preload-helper.Ab12.js"');
    expect(result.code).toContain('(()=>import("./x.js"))()');
    expect(result.code).toContain('e(()=>import("./y.js"),__vite__mapDeps([0,1]))');
  });

  it('leaves alone a local function that shadows the helper’s name', () => {
    const code = `import{_ as e}from"./preload-helper.Ab12.js";function f(e){return e(()=>import("./x.js"),[])}export{f};`;
    expect(run(code)).toBeNull();
  });

  it('does nothing to a chunk without the helper', () => {
    expect(run(`const e=()=>import("./x.js");export{e};`)).toBeNull();
  });
});

describe('unwrapEmptyPreloads on minified names', () => {
  it('tells the helper from property names, export aliases and other imports spelt the same', () => {
    const code = `import{_ as e}from"./preload-helper.Ab12.js";import{e as t}from"./svelte.X.js";const n={e:1},o=n.e;function r(){return e(()=>import("./x.js"),[])}export{r as e,t,o};`;
    const result = run(code)!;
    expect(result.importRemoved).toBe(true);
    expect(result.code).not.toContain('preload-helper');
  });

  it('keeps the helper when its binding is used otherwise', () => {
    const code = `import{_ as e}from"./preload-helper.Ab12.js";const n={e};function r(){return e(()=>import("./x.js"),[])}export{r,n};`;
    expect(run(code)!.importRemoved).toBe(false);
  });
});
