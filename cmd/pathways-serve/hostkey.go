package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	gossh "golang.org/x/crypto/ssh"
)

// hostKey reads the server's private key from path, or, only when no file
// is there, makes an ed25519 key and writes it there (OpenSSH format, mode
// 0600, refusing to replace a file that appears meanwhile). Nothing else is
// written. It warns on stderr when an existing key can be read by others.
// made says whether the key is new.
func hostKey(path string, stderr io.Writer) (signer gossh.Signer, made bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		b, err = makeHostKey(path)
		made = true
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %v", path, unwrapPathErr(err))
	}
	signer, err = gossh.ParsePrivateKey(b)
	if err != nil {
		var missing *gossh.PassphraseMissingError
		if errors.As(err, &missing) {
			return nil, false, fmt.Errorf("host key %s has a passphrase; pathways-serve needs a key without one (give a new file name and it makes one)", path)
		}
		return nil, false, fmt.Errorf("host key %s is not a private key pathways-serve can read (%v); give a new file name and it makes one", path, err)
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(stderr, "pathways-serve: warning: host key %s can be read by others (mode %04o); run 'chmod 600 %s'\n", path, info.Mode().Perm(), path)
	}
	return signer, made, nil
}

// makeHostKey writes a new ed25519 private key to path and returns it.
func makeHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "pathways-serve host key")
	if err != nil {
		return nil, err
	}
	b := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, err
	}
	return b, nil
}

// authorizedKeys reads an OpenSSH authorized_keys file: one public key a
// line; blank lines and # comments are skipped; options before a key are
// accepted and ignored. A line that is not a key is an error naming
// FILE:LINE. An empty list is an error too, since it would let no one in.
func authorizedKeys(path string) ([]gossh.PublicKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys %s: %v", path, unwrapPathErr(err))
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key (%v); each line should look like 'ssh-ed25519 AAAA... name'", path, n, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("authorized keys %s: %v", path, err)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s has no keys, so no one could connect; add one public key a line, or leave out --authorized-keys to let anyone in", path)
	}
	return keys, nil
}
