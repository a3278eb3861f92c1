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
