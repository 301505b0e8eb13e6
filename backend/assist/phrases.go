package assist

import (
	"sort"
	"strings"
)

// phraseStop are words that end a key phrase (English, German, Spanish, French).
var phraseStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or of to in on at for with by from as is are be been will would can could should may must
you your we our us they their this that these those it its who what which when where how all any each more most other some such
no not only own same so than too very just also into about over under up out if then there here have has had do does did
job role position team work working experience including include includes strong good great well across within per via
und oder der die das den dem des ein eine einer mit für von zu im in auf bei als wir sie ihr ihre unser unsere sind ist du dein
el la los las y o de del con para por en un una que se su sus le les et des du pour avec dans une vous nous est
etc e.g i.e years year`) {
		m[w] = true
	}
	return m
}()

// keyPhrases returns the n most salient phrases of a text (RAKE: runs of
// content words between stop words and punctuation, scored by word degree
// over frequency).
func keyPhrases(text string, n int) []string {
	var phrases [][]string
	for _, chunk := range strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(".,;:!?()[]{}\"\n•|", r)
	}) {
		var cur []string
		for _, w := range strings.Fields(chunk) {
			lw := strings.ToLower(strings.Trim(w, "'’*-–—/"))
			if lw == "" || phraseStop[lw] || isNumber(lw) {
				if len(cur) > 0 {
					phrases = append(phrases, cur)
				}
				cur = nil
				continue
			}
			cur = append(cur, lw)
		}
		if len(cur) > 0 {
			phrases = append(phrases, cur)
		}
	}
	freq, degree := map[string]float64{}, map[string]float64{}
	for _, p := range phrases {
		if len(p) > 4 {
			continue
		}
		for _, w := range p {
			freq[w]++
			degree[w] += float64(len(p))
		}
	}
	score := map[string]float64{}
	count := map[string]int{}
	for _, p := range phrases {
		if len(p) > 4 || (len(p) == 1 && len(p[0]) < 4) {
			continue
		}
		key := strings.Join(p, " ")
		if _, ok := score[key]; !ok {
			for _, w := range p {
				score[key] += degree[w] / freq[w]
			}
		}
		count[key]++
	}
	keys := make([]string, 0, len(score))
	for k := range score {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		si, sj := score[keys[i]]*float64(count[keys[i]]), score[keys[j]]*float64(count[keys[j]])
		if si != sj {
			return si > sj
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func isNumber(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != ',' && r != '+' && r != '%' && r != '$' {
			return false
		}
	}
	return true
}
