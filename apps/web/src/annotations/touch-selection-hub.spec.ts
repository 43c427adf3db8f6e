import { SETTLE_MS, TouchSelectionHub, type SelectionState } from './touch-selection-hub';

/** Nodes are paths: "p2/word" lies in paragraph "p2". */
const paragraph = (name: string) => ({ contains: (node: string | null) => node?.startsWith(`${name}/`) ?? false });

describe('words selected by touch, read by one listener for the whole page', () => {
  let selection: SelectionState<string> | null;
  let listening: number;
  let started: number;
  let hub: TouchSelectionHub<string>;

  beforeEach(() => {
    jest.useFakeTimers();
    selection = null;
    listening = 0;
    started = 0;
    hub = new TouchSelectionHub<string>({
      selection: () => selection,
      listen: () => {
        listening += 1;
        started += 1;
        return () => {
          listening -= 1;
        };
      },
    });
  });
  afterEach(() => jest.useRealTimers());

  const select = (anchorNode: string) => {
    selection = { isCollapsed: false, anchorNode };
    hub.selectionChanged();
  };

  it('listens to the page once for hundreds of paragraphs, and stops when the last one goes', () => {
    const removes = Array.from({ length: 500 }, (_, i) => hub.add(paragraph(`p${i}`), () => undefined));
    expect({ listening, started }).toEqual({ listening: 1, started: 1 });
    removes.slice(1).forEach((remove) => remove());
    expect(listening).toBe(1);
    removes[0]?.();
    expect(listening).toBe(0);
    hub.add(paragraph('p0'), () => undefined);
    expect({ listening, started }).toEqual({ listening: 1, started: 2 });
  });

  it('reads the touched paragraph once its selection has rested, not while the handles move', () => {
    const reads: string[] = [];
    hub.add(paragraph('p1'), () => reads.push('p1'));
    hub.add(paragraph('p2'), () => reads.push('p2'));
    hub.touch('p2/word');
    select('p2/word');
    jest.advanceTimersByTime(SETTLE_MS - 100);
    select('p2/other');
    jest.advanceTimersByTime(SETTLE_MS - 100);
    expect(reads).toEqual([]);
    jest.advanceTimersByTime(100);
    expect(reads).toEqual(['p2']);
    // Read once per touch: a later change of the same selection waits for the next touch.
    select('p2/word');
    jest.advanceTimersByTime(SETTLE_MS);
    expect(reads).toEqual(['p2']);
  });

  it('leaves a selection alone that no touch made, or that lies in another paragraph', () => {
    const reads: string[] = [];
    hub.add(paragraph('p1'), () => reads.push('p1'));
    hub.add(paragraph('p2'), () => reads.push('p2'));
    select('p1/word'); // a mouse or keyboard selection: mouseup and keyup read it
    jest.advanceTimersByTime(SETTLE_MS);
    hub.touch('p1/word');
    select('p2/word');
    jest.advanceTimersByTime(SETTLE_MS);
    hub.touch('header/menu');
    selection = { isCollapsed: true, anchorNode: 'p1/word' };
    hub.selectionChanged();
    jest.advanceTimersByTime(SETTLE_MS);
    expect(reads).toEqual([]);
  });

  it('forgets a paragraph that left the page: nothing is read for it after', () => {
    const reads: string[] = [];
    const remove = hub.add(paragraph('p1'), () => reads.push('p1'));
    hub.add(paragraph('p2'), () => reads.push('p2'));
    hub.touch('p1/word');
    select('p1/word');
    remove();
    jest.advanceTimersByTime(SETTLE_MS);
    expect(reads).toEqual([]);
  });
});
