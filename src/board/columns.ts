/** The board table's columns, in order: each is also the key of its header's string in content/board.json. */
export const COLUMNS = [
  'colDeal',
  'colStage',
  'colVerdict',
  'colEvents',
  'colClose',
  'colUpdated',
  'colActions',
] as const;
