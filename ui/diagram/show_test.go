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
