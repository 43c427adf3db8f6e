package main

import (
	"context"
	"time"
)

// watchParent calls gone once the process that started this one has exited (the parent id
// changes when the process is re-parented). A test or start command killed without cleaning
// up would otherwise leave FerretDB running, holding its port and, seen here, a core busy.
func watchParent(ctx context.Context, every time.Duration, parent func() int, gone func()) {
	start := parent()
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if parent() != start {
				gone()
				return
			}
		}
	}
}
