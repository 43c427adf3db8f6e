import type {
  Annotation,
  AnnotationVisibility,
  DraftVersion,
  Paragraph,
  Round,
  SpanSelectors,
} from '@concordia/contracts';
import { Alert, Box, Button, Drawer, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useParagraphStatuses } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { ErrorAlert } from '../common/error-alert';
import { useSteadyCallback } from '../common/use-steady-callback';
import { useNarrowScreen, usePhoneScreen } from '../common/narrow-screen';
import type { ScrollRequest } from '../drafts/draft-document';
import { bareNumber } from '../drafts/document-rows';
import { StatusReader } from '../drafts/status-reader';
import { headOfDelegation, ownDelegationId } from '../positions/head-of';
import { readsPositions } from '../positions/position-readers';
import { PositionsPanel } from '../positions/positions-panel';
import { usePositionChanges } from '../positions/use-position-changes';
import { ConsideredParagraph } from '../session/considered-paragraph';
import { SessionPanel } from '../session/session-panel';
import { useRoundSession } from '../session/use-round-session';
import { AnnotatedRow } from './annotated-row';
import { takesPart } from './annotation-rules';
import { FindPanel } from './find-panel';
import { findFromLink } from './find-query';
import { useFocusRequest } from './focus-request';
import { LiveIndicator } from './live-indicator';
import { newItemElementId, NewSinceVisitContext } from './new-marks';
import { changedParagraphs, newSinceVisit, newsMemo, positionsMarkId, type NewItem } from './new-since-visit';
import { NewSinceVisitBar } from './new-since-visit-bar';
import { OrphanedList } from './orphaned-list';
import { selectorsFor, type Span } from './selectors';
import { openThreads, regroupThreads, type ThreadGrouping } from './thread-grouping';
import { ThreadPanel } from './thread-panel';
import { useReadingMark } from './use-reading-mark';
import { type Reader, useRoundLive } from './use-round-live';
import { RoundInputNotice } from '../rounds/round-input-notice';
import { showRoundStatus } from '../rounds/round-status-toast';
import { useAcceptsInput } from '../rounds/use-accepts-input';

const NO_READERS: readonly Reader[] = [];

interface AnnotatedReaderProps {
  title: string;
  version: DraftVersion;
  round: Round;
  /** The round's status or closing time changed (live): the page reloads it. */
  onRoundChanged?: () => void;
}

/** What the composer is about to comment on; `serial` gives each new selection a fresh composer. */
export interface Target {
  paragraphKey: string;
  selectors: SpanSelectors | null;
  /** The words are typed in the composer ("Comment on words…") rather than selected. */
  pickWords?: boolean;
  serial: number;
}

/**
 * The document of a round with its annotations: highlights and a count per paragraph, the threads
 * of the paragraph being read in a side panel, orphaned annotations in their own tab, a Find tab
 * searching the round's threads, all kept current over the round's live streams.
 */
export const AnnotatedReader = ({ title, version, round, onRoundChanged }: AnnotatedReaderProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const live = useRoundLive(round.id);
  const session = useRoundSession(round.id);
  const accepting = useAcceptsInput(round);
  // A notification links here with ?paragraph=<key>&thread=<id>: open that thread at once.
  const [searchParams] = useSearchParams();
  // Each following of a link is a navigation of its own, also to the same thread again (a second
  // reply in it notified): its key tells them apart.
  const { key: navigation } = useLocation();
  const [active, setActive] = useState<string | null>(searchParams.get('paragraph'));
  const [focusThread, setFocusThread] = useState<string | null>(searchParams.get('thread'));
  const linkedParagraph = searchParams.get('paragraph');
  const linkedThread = searchParams.get('thread');
  // The home page's "position recorded on 3 of 34 paragraphs" links here with &panel=positions.
  const linkedPositions = linkedParagraph !== null && searchParams.get('panel') === 'positions';
  // The home page links a delegation's proposals here with ?proposedBy=<id>[&disposition=…] (or
  // ?sponsoredBy=, ?delegation=): Find shows them.
  const linkedFind = useMemo(() => findFromLink(searchParams), [searchParams]);
  // The paragraph the text scrolls to: the latest linked (a notification) or found (Find tab).
  // A new request each time, so opening the same paragraph again scrolls again.
  const [scrollTarget, setScrollTarget] = useState<ScrollRequest | null>(
    linkedParagraph ? { key: linkedParagraph } : null,
  );
  const [tab, setTab] = useState<string | null>(linkedFind ? 'find' : linkedPositions ? 'positions' : 'threads');
  // Below this width the panel would come after the whole text (app.css): it becomes a drawer
  // over the text instead, opened by whatever opens a paragraph's threads.
  const narrow = useNarrowScreen();
  const phone = usePhoneScreen();
  const [drawerOpened, setDrawerOpened] = useState(linkedParagraph !== null || linkedFind !== null);
  useEffect(() => {
    if (linkedParagraph) {
      setActive(linkedParagraph);
      setScrollTarget({ key: linkedParagraph });
      setDrawerOpened(true);
      if (linkedPositions) setTab('positions');
    }
    if (linkedThread) {
      setFocusThread(linkedThread);
      // Its paragraph's panel shows it, whatever tab the reader was on (an orphan's is below).
      setTab('threads');
    }
    if (linkedFind && !linkedThread) {
      setTab('find');
      setDrawerOpened(true);
    }
  }, [linkedParagraph, linkedThread, linkedFind, linkedPositions, navigation]);
  const [target, setTarget] = useState<Target | null>(null);
  // Where the words typed in the composer were found, highlighted in their paragraph meanwhile.
  const [wordsPreview, setWordsPreview] = useState<{ paragraphKey: string; span: Span } | null>(null);
  // A link to a thread re-anchoring left orphaned: its paragraph cannot show it, the Orphaned tab
  // does. Done once per link followed, when the list first has it, so the reader may leave the tab after.
  const linkShown = useRef<string | null>(null);
  const [statusesChangedAt, setStatusesChangedAt] = useState(0);
  const focusSoon = useFocusRequest();
  // Set when a paragraph's comment count is activated: the panel then takes the focus, since it
  // comes after the whole document in reading order (a keyboard user would tab through it all).
  const [focusPanel, setFocusPanel] = useState(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusPanel) return;
    setFocusPanel(false);
    panelHeading.current?.focus({ preventScroll: true });
  }, [focusPanel]);

  const paragraphs = useMemo(
    () => new Map(version.sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p] as const)),
    [version.sections],
  );
  // The paragraph the chair has the room on, while the session can run (a closed round's last is history).
  const consideredKey = session.consideration?.paragraphKey ?? null;
  const considered = accepting && consideredKey !== null ? (paragraphs.get(consideredKey) ?? null) : null;
  // Opt-in, for this visit only: the text never moves under a reader who did not ask for it.
  const [followChair, setFollowChair] = useState(false);
  useEffect(() => {
    if (followChair && considered) setScrollTarget({ key: considered.key });
  }, [followChair, considered]);
  // Regrouped from the previous grouping: a live event rebuilds only the threads it touched, and
  // the paragraphs it did not touch keep their arrays (their rows are not drawn again).
  const grouping = useRef<ThreadGrouping<Annotation> | null>(null);
  const { byParagraph, orphaned } = useMemo(() => {
    grouping.current = regroupThreads(grouping.current, live.annotations, version.id);
    return grouping.current;
  }, [live.annotations, version.id]);

  // Loaded here rather than by the text: their changes since the last visit are counted too.
  const statuses = useParagraphStatuses(round.id);
  // What others posted or changed since the reader's previous visit; the mark stays put for this visit.
  const newSince = useReadingMark(round.id, takesPart(me, round));
  // Positions other delegations recorded since, and live: only where the reader may read them.
  const positionChanges = usePositionChanges(round.id, newSince?.since ?? null, readsPositions(me, round));
  const ownDelegation = ownDelegationId(me, round.processId);
  // Threads already counted are not read again, and unchanged counts keep their objects.
  const [memo] = useState(newsMemo);
  const news = useMemo(
    () =>
      newSinceVisit(
        { byParagraph, orphaned },
        [...paragraphs.keys()],
        newSince?.since ?? null,
        me.user.id,
        {
          statuses: statuses.data?.items,
          positions: positionChanges,
          ownDelegationId: ownDelegation,
        },
        memo,
      ),
    [byParagraph, orphaned, paragraphs, newSince, me.user.id, statuses.data, positionChanges, ownDelegation, memo],
  );
  const [currentNew, setCurrentNew] = useState<string | null>(null);
  const [onlyNew, setOnlyNew] = useState(false);
  const narrowedTo = useMemo(
    () => (onlyNew && news.items.length > 0 ? changedParagraphs(news) : null),
    [onlyNew, news],
  );

  useEffect(() => {
    if (!linkedThread || linkShown.current === navigation) return;
    if (!orphaned.some((th) => th.root.id === linkedThread)) return;
    linkShown.current = navigation;
    setTab('orphaned');
  }, [linkedThread, navigation, orphaned]);

  const { setPresence, setTyping, lastOther } = live;
  const reloadStatuses = statuses.reload;
  useEffect(() => setPresence(active), [active, setPresence]);
  useEffect(() => () => setPresence(null), [setPresence]);
  useEffect(() => {
    // A concluded silence procedure follows its paragraph.status events: reload on either.
    if (lastOther?.type === 'paragraph.status' || lastOther?.type === 'silence.concluded') {
      setStatusesChangedAt((n) => n + 1);
      reloadStatuses();
    }
    if (lastOther?.type === 'round.status') {
      showRoundStatus(round.id, lastOther.status, t(`rounds.statusNow.${lastOther.status}`));
    }
    if (lastOther?.type === 'round.status' || lastOther?.type === 'round.closing') onRoundChanged?.();
  }, [lastOther, t, onRoundChanged, round.id, reloadStatuses]);

  const open = (paragraphKey: string, threadId: string | null = null) => {
    setActive(paragraphKey);
    setFocusThread(threadId);
    // A head going through the paragraphs to record positions stays on the positions tab.
    setTab((current) => (current === 'positions' ? current : 'threads'));
    setDrawerOpened(true);
  };

  /** From the Find tab: the thread where it sits, and the keyboard focus on it. */
  // Steady: the Find panel, kept mounted, is not drawn again by each typing or presence message.
  const jump = useSteadyCallback((root: Annotation) => {
    if (root.anchor.status === 'orphaned') setTab('orphaned');
    else {
      setActive(root.anchor.paragraphKey);
      setScrollTarget({ key: root.anchor.paragraphKey });
      setFocusThread(root.id);
      setTab('threads');
    }
    focusSoon(`thread-${root.id}`);
  });

  /**
   * To a new or updated item: an annotation's thread opened where it sits, a paragraph's status
   * in the text, a paragraph's positions in the panel; the keyboard focus on its mark.
   */
  const jumpToNew = (item: NewItem) => {
    setCurrentNew(item.id);
    if (item.type === 'status') {
      setActive(item.paragraphKey);
      setScrollTarget({ key: item.paragraphKey });
      focusSoon(item.id);
      return;
    }
    if (item.type === 'position') {
      setActive(item.paragraphKey);
      setScrollTarget({ key: item.paragraphKey });
      // The panel beside the text shows the paragraph's positions; on a phone the drawer is left
      // closed, as for a status, since it would keep the focus from the mark in the text.
      setTab('positions');
      focusSoon(positionsMarkId(item.paragraphKey));
      return;
    }
    setFocusThread(item.threadId);
    if (item.paragraphKey === null) setTab('orphaned');
    else {
      setActive(item.paragraphKey);
      setScrollTarget({ key: item.paragraphKey });
      setTab('threads');
    }
    setDrawerOpened(true);
    focusSoon(newItemElementId(item.id));
  };

  const onSelect = useSteadyCallback((paragraph: Paragraph, span: Span | null) => {
    if (!span) return;
    const selectors = selectorsFor(paragraph.text, span);
    if (!selectors) return;
    open(paragraph.key);
    // Past the closing time a selection only opens the paragraph's threads: there is nothing to send.
    if (!accepting) return;
    setTarget((previous) => ({ paragraphKey: paragraph.key, selectors, serial: (previous?.serial ?? 0) + 1 }));
  });
  // The rows' own: steady, so a row is drawn again only when its paragraph changes.
  const openFromText = useSteadyCallback(open);
  const openPanel = useSteadyCallback((paragraphKey: string) => {
    open(paragraphKey);
    setFocusPanel(true);
  });

  const onPosted = (annotation: Annotation) => {
    live.upsert(annotation);
    setTarget(null);
    setFocusThread(annotation.id);
    // The composer that had the focus is gone: without this it falls to the page's start. On the
    // new thread, a screen reader reads what was just posted and the reply box is one Tab away.
    focusSoon(`thread-${annotation.id}`);
    window.getSelection()?.removeAllRanges();
  };

  const activeParagraph = active ? paragraphs.get(active) : undefined;
  const activeKey = activeParagraph?.key;
  const onWordsSpan = useCallback(
    (span: Span | null) => setWordsPreview(span && activeKey ? { paragraphKey: activeKey, span } : null),
    [activeKey],
  );
  // One function per open paragraph: its thread cards are drawn again only when their thread changes.
  const onTyping = useCallback(
    (typing: boolean, visibility: AnnotationVisibility) => {
      if (activeKey) setTyping(activeKey, typing, visibility);
    },
    [activeKey, setTyping],
  );
  const newTarget = (paragraphKey: string, pickWords: boolean) =>
    setTarget((previous) => ({ paragraphKey, selectors: null, pickWords, serial: (previous?.serial ?? 0) + 1 }));

  const tabs = (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="threads" data-testid="tab-threads">
          {t('annotations.tabs.threads')}
        </Tabs.Tab>
        <Tabs.Tab value="orphaned" data-testid="tab-orphaned">
          {t('annotations.tabs.orphaned', { n: String(orphaned.length) })}
        </Tabs.Tab>
        <Tabs.Tab value="positions" data-testid="tab-positions">
          {t('positions.tab')}
        </Tabs.Tab>
        <Tabs.Tab value="find" data-testid="tab-find">
          {t('annotations.find.tab')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="threads" pt="sm">
        {round.status !== 'open' ? (
          <Alert color="gray" variant="light" mb="sm" data-testid="comments-read-only">
            {t('annotations.readOnly')}
          </Alert>
        ) : (
          <Box mb="sm">
            <RoundInputNotice round={round} />
          </Box>
        )}
        {activeParagraph ? (
          <ThreadPanel
            key={activeParagraph.key}
            round={round}
            paragraph={activeParagraph}
            threads={byParagraph.get(activeParagraph.key) ?? []}
            target={target?.paragraphKey === activeParagraph.key ? target : null}
            focusThread={focusThread}
            headingRef={panelHeading}
            readers={(live.readers[activeParagraph.key] ?? []).filter((r) => r.userId !== me.user.id)}
            typing={(live.typing[activeParagraph.key] ?? []).filter((r) => r.userId !== me.user.id)}
            onCommentParagraph={() => newTarget(activeParagraph.key, false)}
            onCommentWords={() => newTarget(activeParagraph.key, true)}
            onContinue={(selectors) =>
              setTarget((previous) => ({
                paragraphKey: activeParagraph.key,
                selectors,
                serial: (previous?.serial ?? 0) + 1,
              }))
            }
            onWordsSpan={onWordsSpan}
            onCancel={() => {
              setTarget(null);
              // The composer and its buttons are gone: the panel keeps the keyboard's place.
              setFocusPanel(true);
            }}
            onPosted={onPosted}
            onChanged={live.upsert}
            onTyping={onTyping}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('annotations.pickParagraph')}
          </Text>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="orphaned" pt="sm">
        <OrphanedList
          threads={orphaned}
          round={round}
          paragraphs={paragraphs}
          focusThread={focusThread}
          onChanged={live.upsert}
        />
      </Tabs.Panel>
      <Tabs.Panel value="positions" pt="sm">
        {activeParagraph ? (
          <PositionsPanel
            key={activeParagraph.key}
            round={round}
            paragraph={activeParagraph}
            amendments={openThreads(byParagraph.get(activeParagraph.key))
              .map((th) => th.root)
              .filter((a) => a.kind === 'amendment')}
            headOf={headOfDelegation(me, round.processId)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('positions.pickParagraph')}
          </Text>
        )}
      </Tabs.Panel>
      {/* Kept mounted: back from a thread, the words and the results are still there. */}
      <Tabs.Panel value="find" pt="sm" keepMounted>
        <FindPanel
          // A link followed again (another delegation or disposition) starts its own search.
          key={linkedFind ? `link:${navigation}` : 'find'}
          initial={linkedFind ?? undefined}
          version={version}
          annotations={live.annotations}
          loading={live.loading}
          onOpen={jump}
        />
      </Tabs.Panel>
    </Tabs>
  );
  // The threads' marks of what is new read it from here, however deep they sit.
  const panel = <NewSinceVisitContext.Provider value={news}>{tabs}</NewSinceVisitContext.Provider>;
  // The paragraph the room is on, at the head of the panel beside the text (sticky: in sight while
  // the reader scrolls), as the news bar: no line above the text, which keeps its place above the fold.
  const consideredLine = (
    <ConsideredParagraph
      number={considered ? bareNumber(considered.number) : null}
      paragraphKey={considered?.key ?? null}
      follow={followChair}
      onFollow={setFollowChair}
      onShow={() => considered && setScrollTarget({ key: considered.key })}
    />
  );
  // Beside the text on a desktop, at the head of the panel: the text keeps its place above the fold.
  const newBar = (
    <NewSinceVisitBar
      newSince={newSince}
      news={news}
      currentId={currentNew}
      onJump={jumpToNew}
      onlyNew={narrowedTo !== null}
      onOnlyNew={setOnlyNew}
    />
  );

  return (
    <Stack gap="sm">
      <ErrorAlert error={live.error} />
      <SessionPanel
        me={me}
        round={round}
        version={version}
        session={session}
        compactWhenIdle
        // A notch smaller beside the session cards: it leaves them their one line.
        // On a phone, live is the header's badge and a dot here: the silence card keeps its one line.
        leading={<LiveIndicator state={live.state} size="md" dotWhenLive={phone} />}
      />
      {narrow && (
        <>
          {consideredLine}
          {newBar}
          <Button
            variant="light"
            onClick={() => setDrawerOpened(true)}
            aria-controls="annotation-panel"
            aria-expanded={drawerOpened}
            data-testid="open-annotation-panel"
          >
            {t('annotations.openPanel')}
          </Button>
          <Drawer
            opened={drawerOpened}
            onClose={() => setDrawerOpened(false)}
            position="bottom"
            size="85%"
            title={t('annotations.panel')}
            // Kept while closed: a comment being written, and the Find tab's words, survive.
            keepMounted
            data-testid="annotation-drawer"
          >
            <div id="annotation-panel">{panel}</div>
          </Drawer>
        </>
      )}
      <div className="annotated-layout">
        <div className="annotated-main">
          <StatusReader
            title={title}
            version={version}
            only={narrowedTo}
            round={round}
            statuses={statuses}
            statusesChangedAt={statusesChangedAt}
            // A notification's link, or a Find result, opens a thread: the text shows its paragraph.
            scrollTo={scrollTarget}
            paragraphRow={(p, found, status) => (
              <AnnotatedRow
                paragraph={p}
                found={found}
                {...status}
                threads={openThreads(byParagraph.get(p.key))}
                active={p.key === active}
                considered={p.key === considered?.key}
                preview={wordsPreview?.paragraphKey === p.key ? wordsPreview.span : null}
                readers={live.readers[p.key] ?? NO_READERS}
                readerId={me.user.id}
                newCounts={news.perParagraph.get(p.key)}
                statusChanged={news.statusChanged.has(p.key)}
                newPositions={news.positions.get(p.key)}
                onSelect={onSelect}
                onOpen={openFromText}
                onOpenPanel={openPanel}
              />
            )}
          />
        </div>
        {narrow ? null : (
          <aside className="annotation-panel" id="annotation-panel" aria-label={t('annotations.panel')}>
            {consideredLine}
            {newBar}
            {panel}
          </aside>
        )}
      </div>
    </Stack>
  );
};
