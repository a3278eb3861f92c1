package diagram

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestShowCompare(t *testing.T) {
	if os.Getenv("SHOW") == "" {
		t.Skip()
	}
	c := embedded(t)
	cmp := c.Compare(c.Role("imaging-support-worker"), c.Role("consultant-radiographer"))
	for _, w := range []int{80, 110} {
		fmt.Println(strings.Join(CompareText(c, cmp, time.Now(), w), "\n"))
	}
}

func TestShowMap(t *testing.T) {
	if os.Getenv("SHOW") == "" {
		t.Skip()
	}
	c := embedded(t)
	for _, id := range strings.Fields(os.Getenv("SHOW")) {
		if rt := c.Route(id); rt != nil {
			fmt.Println(strings.Join(RouteMap(c, rt, 80), "\n"))
			fmt.Println(strings.Join(RouteTree(c, rt, 40), "\n"))
			continue
		}
		fmt.Println(strings.Join(Map(c, id, 3, nil, 80), "\n"))
		fmt.Println(strings.Join(Tree(c, id, 3, nil, 30), "\n"))
	}
}

func TestShowSizes(t *testing.T) {
	if os.Getenv("SIZES") == "" {
		t.Skip()
	}
	c := embedded(t)
	fit, mw, mh, wid, hid := 0, 0, 0, "", ""
	for _, r := range c.Roles {
		l := Map(c, r.ID, 3, nil, 80)
		if width(l[0]) <= 80 && len(l) <= 24 {
			fit++
		}
		if width(l[0]) > mw {
			mw, wid = width(l[0]), r.ID
		}
		if len(l) > mh {
			mh, hid = len(l), r.ID
		}
	}
	fmt.Printf("%d of %d maps fit 80x24; widest %d (%s); tallest %d lines (%s)\n", fit, len(c.Roles), mw, wid, mh, hid)
	l := Map(c, "cancer-support-worker", 3, nil, 80)
	fmt.Printf("cancer-support-worker: %d x %d; tree at 80: %d lines\n", width(l[0]), len(l), len(Tree(c, "cancer-support-worker", 3, nil, 80)))
}
