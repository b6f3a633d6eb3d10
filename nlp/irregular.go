package nlp

import (
	"strings"
	"sync"
)

// irregularVerbList gives, one verb a line, a lemma followed by its
// irregular inflected forms. Forms shared by several verbs ("found",
// "left", "lay") are listed under the verb whose past form they most often
// are; the learned lemma table overrides this list for words it has seen.
const irregularVerbList = `
be am is are was were been being 's 're 'm
have has had having 've
do does did done doing
go goes went gone going
say said says
make made
take took taken
come came
see saw seen
know knew known
get got gotten
give gave given
find found
think thought
tell told
become became
leave left
feel felt
bring brought
begin began begun
keep kept
hold held
write wrote written
stand stood
hear heard
mean meant
meet met
run ran
pay paid
sit sat
speak spoke spoken
lie lay lain lying
lead led
grow grew grown
lose lost
fall fell fallen
send sent
build built
understand understood
draw drew drawn
break broke broken
spend spent
rise rose risen
drive drove driven
buy bought
wear wore worn
choose chose chosen
seek sought
throw threw thrown
catch caught
deal dealt
win won
fight fought
teach taught
sell sold
forget forgot forgotten
shoot shot
strike struck stricken
flee fled
sink sank sunk
steal stole stolen
swear swore sworn
shake shook shaken
withdraw withdrew withdrawn
undertake undertook undertaken
overtake overtook overtaken
foresee foresaw foreseen
forbid forbade forbidden
freeze froze frozen
hide hid hidden
bear bore borne
tear tore torn
beat beaten
bind bound
bite bit bitten
bleed bled
blow blew blown
breed bred
dig dug
feed fed
fly flew flown
forgive forgave forgiven
hang hung
kneel knelt
lay laid
lend lent
light lit
ride rode ridden
ring rang rung
shine shone
shrink shrank shrunk
sing sang sung
slide slid
spin spun
spring sprang sprung
stick stuck
sting stung
stink stank stunk
strive strove striven
swim swam swum
swing swung
wake woke woken
weave wove woven
weep wept
wind wound
arise arose arisen
mislead misled
overcome overcame
override overrode overridden
oversee oversaw overseen
overthrow overthrew overthrown
uphold upheld
withhold withheld
withstand withstood
rebuild rebuilt
retake retook retaken
undergo underwent undergone
mistake mistook mistaken
slay slew slain
tread trod trodden
prove proven
show shown
swell swollen
speed sped
shed
die dying
tie tying
vie vying
`

// irregularVerbs maps an irregular verb form to its lemma.
var irregularVerbs = sync.OnceValue(func() map[string]string {
	forms := make(map[string]string, 400)
	for line := range strings.SplitSeq(irregularVerbList, "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		for _, form := range fields[1:] {
			forms[form] = fields[0]
		}
	}
	return forms
})

// irregularVerbLemmas lists the lemmas of irregularVerbList, known verbs
// for the suffix rules.
func irregularVerbLemmas() []string {
	var lemmas []string
	for line := range strings.SplitSeq(irregularVerbList, "\n") {
		if fields := strings.Fields(line); len(fields) > 0 {
			lemmas = append(lemmas, fields[0])
		}
	}
	return lemmas
}

// irregularNouns maps irregular plurals to their singular.
var irregularNouns = map[string]string{
	"men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis",
	"hypotheses": "hypothesis", "diagnoses": "diagnosis", "criteria": "criterion",
	"phenomena": "phenomenon", "lives": "life", "wives": "wife", "knives": "knife",
	"thieves": "thief", "halves": "half", "wolves": "wolf", "shelves": "shelf",
	"selves": "self", "loaves": "loaf",
}
