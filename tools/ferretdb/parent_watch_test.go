package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

func TestWatchParentStopsWhenReparented(t *testing.T) {
	var ppid atomic.Int64
	ppid.Store(4242)
	stopped := make(chan struct{})
	go watchParent(context.Background(), time.Millisecond, func() int { return int(ppid.Load()) }, func() { close(stopped) })

	select {
	case <-stopped:
		t.Fatal("stopped while the parent was still there")
	case <-time.After(20 * time.Millisecond):
	}
	ppid.Store(1) // the parent died: init (or a subreaper) adopted us
	select {
	case <-stopped:
	case <-time.After(time.Second):
		t.Fatal("still running a second after the parent died")
	}
}

func TestWatchParentEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		watchParent(ctx, time.Millisecond, func() int { return 7 }, func() { t.Error("gone called without a parent change") })
		close(done)
	}()
	cancel()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("the watch outlived its context")
	}
}
