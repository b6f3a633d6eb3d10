package parley

// ActorRef is an actor as an event names it: the text of the mention, its
// code, its country and where the mention is in the article text.
type ActorRef struct {
	Text string `json:"text"`
	Code string `json:"code"`
	// Full is the dictionary's finer code when Code gives only country and
	// sector ("PSEREBHMS" for Hamas, reported as "PSEREB").
	Full    string `json:"full_code,omitempty"`
	Country string `json:"country,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Implied marks an actor the article does not name but the act
	// entails (a domestic protest's own government); its Text is empty and
	// Start = End is where the act is told.
	Implied bool `json:"implied,omitempty"`
}

// PLOVER is an event's PLOVER reading.
type PLOVER struct {
	Type    string `json:"type"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Evidence is the words that triggered an event and where they are.
type Evidence struct {
	Trigger string `json:"trigger"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Sentence is the full sentence the event was read from.
	Sentence string `json:"sentence,omitempty"`
	// Pattern names the dictionary pattern that chose the code.
	Pattern string `json:"pattern,omitempty"`
}

// Place is where an event happened: the place the text names, with its
// coordinates when the gazetteer knows it, or only a country when the text
// implies no more.
type Place struct {
	// Name is the place as the gazetteer names it (or as the text does).
	Name    string `json:"name"`
	Country string `json:"country"`
	// Admin1 is the region (state, province) the place is in.
	Admin1 string  `json:"admin1,omitempty"`
	Lat    float64 `json:"lat,omitempty"`
	Lon    float64 `json:"lon,omitempty"`
	// Kind is country, capital, city or region.
	Kind string `json:"kind,omitempty"`
	// GeoNameID identifies the place in GeoNames, for joins.
	GeoNameID int `json:"geonameid,omitempty"`
	// Start and End locate the place's name in the article text; both are
	// 0 for a place implied rather than named.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is another sentence reporting the same act.
type Mention struct {
	Sentence int `json:"sentence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// Event is one coded political event: who did what to whom, where and when,
// with its evidence. Its JSON form is parley's output contract.
type Event struct {
	Article   string    `json:"article"`
	Sentence  int       `json:"sentence"`
	Date      string    `json:"date,omitempty"`
	Source    ActorRef  `json:"source"`
	Target    *ActorRef `json:"target"`
	Code      string    `json:"code"`
	Name      string    `json:"name"`
	Goldstein float64   `json:"goldstein"`
	Quad      int       `json:"quad"`
	PLOVER    *PLOVER   `json:"plover,omitempty"`
	Evidence  Evidence  `json:"evidence"`
	Place     *Place    `json:"place,omitempty"`
	// Mood says how the act is reported: "fact", "intent" (will, plans
	// to), or "refusal" (refused to).
	Mood string `json:"mood,omitempty"`
	// Mentions lists further sentences that report the same act.
	Mentions []Mention `json:"mentions,omitempty"`
	// Historical marks acts dated well before the article.
	Historical bool `json:"historical,omitempty"`
	// Outlet is the article's source (publisher), for counting outlets.
	Outlet string `json:"outlet,omitempty"`
	// Counts are set when events are merged across articles (one a day):
	// how many mentions, articles and outlets reported the act.
	Counts *Counts `json:"counts,omitempty"`
}

// Counts tell how widely an act was reported, like GDELT's NumMentions,
// NumArticles and NumSources.
type Counts struct {
	Mentions int `json:"mentions"`
	Articles int `json:"articles"`
	Outlets  int `json:"outlets"`
}
