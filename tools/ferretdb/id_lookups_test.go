package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// A database file shaped as FerretDB v1.24 leaves it: its metadata table, a collection table
// with the `_id_` index FerretDB builds (on an expression its lookups do not use), and a row in
// the metadata for a table that was dropped meanwhile.
func ferretLikeFile(t *testing.T) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "db.sqlite")
	db, err := sql.Open("sqlite", "file:"+file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`CREATE TABLE _ferretdb_collections (name TEXT NOT NULL UNIQUE, table_name TEXT NOT NULL UNIQUE, settings TEXT NOT NULL)`,
		`CREATE TABLE "users_1a2b" (_ferretdb_sjson TEXT)`,
		`CREATE UNIQUE INDEX "users_1a2b__id_" ON "users_1a2b" (_ferretdb_sjson->"_id")`,
		`INSERT INTO _ferretdb_collections VALUES ('users', 'users_1a2b', '{}'), ('gone', 'gone_3c4d', '{}')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return file
}

func queryPlan(t *testing.T, file string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "users_1a2b" WHERE `+idLookupExpr+` = ?`, `{"$o":"x"}`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "; ")
}

func TestIndexFileMakesIDLookupsUseAnIndex(t *testing.T) {
	file := ferretLikeFile(t)
	if plan := queryPlan(t, file); !strings.HasPrefix(plan, "SCAN") {
		t.Fatalf("before: expected FerretDB's own index to be unusable (a scan), got %q", plan)
	}
	for i := 0; i < 2; i++ { // a second pass finds nothing to do
		if err := indexFile(context.Background(), file); err != nil {
			t.Fatal(err)
		}
	}
	if plan := queryPlan(t, file); !strings.Contains(plan, "USING INDEX users_1a2b"+idLookupSuffix) {
		t.Fatalf("after: expected the lookup to use the added index, got %q", plan)
	}
}
