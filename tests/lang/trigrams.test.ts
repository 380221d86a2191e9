import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { francAll } from 'franc';
import { rankLanguages } from '../../src/lang/trigrams.ts';
import { allResources } from '../../src/lang/index.ts';

const only = allResources().map((r) => r.franc);
const corpus = new URL('../../corpus/', import.meta.url);

describe('rankLanguages', () => {
  it("ranks the project's languages exactly as franc does, on every paragraph of every manuscript and on odd texts", () => {
    const texts: string[] = ['', 'ab', '12 345 678', 'Привет', 'hello world', '北京市人民政府', 'שלום עולם ושלום', 'The CEC — ЦИК — ОСК: 2,5 %', 'қ ә ң ө'.repeat(40)];
    for (const dir of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const lang of ['en', 'ru', 'kk']) {
        let md = '';
        try {
          md = readFileSync(new URL(`${dir.name}/${lang}.md`, corpus), 'utf8');
        } catch {
          continue;
        }
        texts.push(md, ...md.split(/\n{2,}/).filter((p) => p.trim().length > 0));
      }
    }
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) for (const minLength of [3, 10]) expect(rankLanguages(text, only, minLength)).toEqual(francAll(text, { only, minLength }));
  });

  it('tells no language of a text shorter than the least length, or written in no script with models', () => {
    expect(rankLanguages('ab', only, 3)).toEqual([['und', 1]]);
    expect(rankLanguages('北京市人民政府北京市人民政府', only, 3)).toEqual([['und', 1]]);
  });
});
