// Package ewt holds what parley's model-training tools share: reading a
// split of the UD English EWT treebank and writing a model file.
package ewt

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parley-events/parley/nlp"
)

// ReadSplit reads one split ("train", "dev", "test") of the treebank in dir.
func ReadSplit(dir, split string) ([]nlp.TaggedSentence, error) {
	path := filepath.Join(dir, "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := nlp.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// Model is a trained model that can write itself.
type Model interface {
	WriteModel(w io.Writer) error
}

// WriteModel writes m to the file at path.
func WriteModel(m Model, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.WriteModel(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
