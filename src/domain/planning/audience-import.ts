/** Plans an audience import as one rectangle of cells: the imported platforms' blocks replaced or added, every other cell kept. */

import { textForCell } from '../cell-text';
import type { AudienceGrid } from './audience-defaults';
import { AUDIENCE_BLOCK_ROWS, AUDIENCE_COLUMNS, audienceToRows, findAudienceBlocks, mergeAudience } from './audience-sheet';

/** The rows a block's layout owns: name, hours header and seven weekdays (the separator row is left alone). */
const OWNED_ROWS = AUDIENCE_BLOCK_ROWS - 1;

/** One block the plan writes, for the heatmap shading and the bold labels (0-based, relative to the sheet). */
export interface PlannedBlock {
  row: number;
  grid: AudienceGrid;
}

/** What an import writes: `values` from sheet row `top` (0-based) across AUDIENCE_COLUMNS columns, in one write. */
export interface AudienceImportPlan {
  top: number;
  values: unknown[][];
  blocks: PlannedBlock[];
}

/**
 * A cell the import does not own, written back as it is: its formula if it has one, text guarded
 * so that Sheets keeps it as the same text.
 */
function keptCell(value: unknown, formula: string | undefined): unknown {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? textForCell(value) : value;
}

function blankRows(rows: readonly (readonly unknown[])[], from: number, to: number): boolean {
  for (let r = from; r < to && r < rows.length; r++) {
    for (let c = 0; c < AUDIENCE_COLUMNS; c++) if (String(rows[r]?.[c] ?? '').trim() !== '') return false;
  }
  return true;
}

/**
 * The cells an import writes. Each imported platform's block is rewritten where it stands (when its
 * nine rows are free: otherwise it moves to the end and its old cells are blanked), platforms new to
 * the sheet are added below its last used row, and everything else inside the written rectangle
 * (other platforms' blocks, the team's own cells and formulas) is written back unchanged. Nothing is
 * cleared first, so there is no moment when the sheet is empty.
 * @param values The Audience sheet's values (getDataRange().getValues()); [] when the sheet is empty.
 * @param formulas The same range's formulas ([] to keep none).
 * @param imported The grids from parseAudienceCsv.
 * @param locale A Sheets locale (labels).
 */
export function audienceImportPlan(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  imported: readonly AudienceGrid[],
  locale: string,
): AudienceImportPlan {
  const existing = findAudienceBlocks(values);
  const owned = new Map<number, unknown[]>();
  const blocks: PlannedBlock[] = [];
  let lastUsed = -1;
  values.forEach((row, r) => {
    if (row.some((cell) => String(cell ?? '').trim() !== '')) lastUsed = r;
  });
  let next = lastUsed < 0 ? 0 : lastUsed + 2;
  const placeAtEnd = (grid: AudienceGrid) => {
    blocks.push({ row: next, grid });
    next += AUDIENCE_BLOCK_ROWS;
  };
  for (const grid of mergeAudience([], imported)) {
    const key = grid.platform.toLowerCase();
    const found = existing.filter((block) => block.platform.toLowerCase() === key);
    const first = found[0];
    if (first && (first.rows >= OWNED_ROWS || blankRows(values, first.row + first.rows, first.row + OWNED_ROWS))) {
      blocks.push({ row: first.row, grid });
      found.shift();
    } else placeAtEnd(grid);
    // A platform's other (older) blocks are blanked, so the sheet holds one grid per platform.
    for (const old of found) for (let r = old.row; r < old.row + old.rows; r++) owned.set(r, Array<string>(AUDIENCE_COLUMNS).fill(''));
  }
  for (const block of blocks) {
    audienceToRows([block.grid], locale)
      .slice(0, OWNED_ROWS)
      .forEach((row, i) => owned.set(block.row + i, row));
  }
  const rows = [...owned.keys()];
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const out: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    out.push(owned.get(r) ?? Array.from({ length: AUDIENCE_COLUMNS }, (_, c) => keptCell(values[r]?.[c], formulas[r]?.[c])));
  }
  return { top, values: out, blocks };
}
