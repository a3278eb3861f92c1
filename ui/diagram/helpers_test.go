package diagram

import (
	"testing"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/data"
)

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, probs := catalogue.Load(catalogue.Layer{FS: data.FS, Prefix: "data/"})
	if len(probs) > 0 {
		t.Fatalf("the embedded catalogue has problems:\n%s", probs.Error())
	}
	return c
}
