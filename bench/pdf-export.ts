/**
 * PDF export time in Node, warm (fonts loaded, code paths hot): the sample workshop and a
 * 30 objectives × 5 key results workshop. Issue 6's targets: sample ≤ 500 ms, 30×5 ≤ 2 s.
 *
 * Run alone: `node bench/pdf-export.run.mjs` (bundles this file with esbuild, runs it,
 * prints the results as JSON).
 */
import { renderWorkshopPdf } from '../shared/export/pdf';
import { nodePdfFonts } from '../electron/export/fonts';
import type { Workshop } from '../shared/model/types';
import {
  bigWorkshop,
  sampleJson,
  sampleWorkshop,
  workshopFromJson,
} from '../test/support/export-workshops';

/** The sample with its titles in Chinese: the Noto SC subsets load and embed too. */
function cjkWorkshop(): Workshop {
  const data = sampleJson();
  data.title = '数据驱动的年度规划研讨会';
  data.onePager.purpose = '帮助现场技术人员第一次就把事情做好。';
  data.objectives.forEach((o, i) => {
    o.title = `目标${i + 1}：提高客户满意度和首次修复率`;
    o.keyResults.forEach((k, j) => (k.title = `关键结果${j + 1}：把重复上门次数从二十二降到十二`));
  });
  return workshopFromJson(data);
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  params: Record<string, unknown>;
}

const WARMUPS = 3;
const RUNS = 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(
  name: string,
  w: Workshop,
  params: Record<string, unknown>,
): Promise<BenchResult[]> {
  const fonts = nodePdfFonts();
  const generatedAt = new Date('2027-01-20T09:00:00Z');
  let pages = 0;
  let bytes = 0;
  for (let i = 0; i < WARMUPS; i++) await renderWorkshopPdf(w, { fonts, generatedAt });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const pdf = await renderWorkshopPdf(w, { fonts, generatedAt });
    times.push(performance.now() - start);
    bytes = pdf.byteLength;
    // "/Type /Page" without the "s" of "/Pages": one per page object.
    pages = new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  }
  const all = { ...params, warmups: WARMUPS, runs: RUNS, pages, bytes };
  return [
    { name: `${name} median`, value: Math.round(median(times)), unit: 'ms', params: all },
    { name: `${name} max`, value: Math.round(Math.max(...times)), unit: 'ms', params: all },
  ];
}

export async function run(): Promise<BenchResult[]> {
  return [
    ...(await measure('pdf export, sample workshop, warm', sampleWorkshop(), {
      target: '≤ 500 ms',
      paper: 'a4',
    })),
    ...(await measure('pdf export, sample workshop in Chinese, warm', cjkWorkshop(), {
      paper: 'a4',
    })),
    ...(await measure('pdf export, 30 objectives × 5 key results, warm', bigWorkshop(30, 5), {
      target: '≤ 2000 ms',
      paper: 'a4',
    })),
  ];
}
