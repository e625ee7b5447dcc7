/**
 * The start-up JavaScript of the built app (gzip) and each lazy chunk apart, and whether
 * the PDF renderer stayed out of start-up.
 */
import { atMost, type Figure } from './figure';
import { kilobytes, PDF_MODULE, readBundle } from './startup-bundle';

export const STARTUP_GOAL_KB = 150;

export function measureBundle(appDir: string): Figure[] {
  const bundle = readBundle(appDir);
  const pdfModules = bundle.startup.flatMap((chunk) =>
    chunk.modules.filter((module) => PDF_MODULE.test(module)),
  );
  const figures: Figure[] = [
    {
      id: 'startup-js-gzip',
      label: `Start-up JavaScript, gzip (${bundle.startup.length} file${bundle.startup.length === 1 ? '' : 's'})`,
      unit: 'KB',
      value: kilobytes(bundle.startupGzip),
      goal: atMost(STARTUP_GOAL_KB),
    },
    {
      id: 'startup-pdf-renderer',
      label: 'PDF renderer modules in start-up JavaScript',
      unit: 'modules',
      value: pdfModules.length,
      goal: atMost(0),
    },
  ];
  for (const chunk of [...bundle.lazy].sort((a, b) => b.gzip - a.gzip)) {
    figures.push({
      id: `lazy-${chunk.name}`,
      label: `Lazy chunk ${chunk.name}, gzip`,
      unit: 'KB',
      value: kilobytes(chunk.gzip),
    });
  }
  return figures;
}
