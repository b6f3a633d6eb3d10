package coder_test

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/coder"
)

var (
	loadOnce sync.Once
	shared   *coder.Coder
	loadErr  error
)

func defaultCoder(t testing.TB) *coder.Coder {
	t.Helper()
	loadOnce.Do(func() {
		shared, _, loadErr = coder.Load(coder.Config{RequireTarget: true})
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return shared
}

func triples(events []parley.Event) []string {
	var out []string
	for _, e := range events {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		out = append(out, e.Source.Code+" "+tgt+" "+e.Code)
	}
	sort.Strings(out)
	return out
}

var published = time.Date(2025, 5, 11, 0, 0, 0, 0, time.UTC)

// TestMechanics codes one sentence at a time: each case is a coding rule
// an analyst expects, written here (not from any corpus).
func TestMechanics(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain accusation", "Zelensky accused Putin of lying about the talks.", []string{"UKRGOV RUSGOV 112"}},
		{"intent to meet", "Ukrainian President Volodymyr Zelensky is determined to meet Russian President Vladimir Putin.", []string{"UKRGOV RUSGOV 036"}},
		{"will visit is intent", "Erdogan will visit Kyiv next week.", []string{"TURGOV UKR 036"}},
		{"visited is a visit", "German Chancellor Friedrich Merz visited Kyiv on Saturday.", []string{"DEUGOV UKR 042"}},
		{"negated meeting codes nothing", "Putin did not meet Zelensky.", nil},
		{"refused to meet", "Putin refused to meet Zelensky in Istanbul.", []string{"RUSGOV UKRGOV 125"}},
		{"place is not a target", "Russian and Ukrainian delegates held talks in Istanbul.", []string{"RUSGOV UKRGOV 044", "UKRGOV RUSGOV 044"}},
		{"purpose infinitive keeps the subject", "Grossi met Russian officials to negotiate a ceasefire at the plant.", []string{"IGOUNOIAE RUSGOV 046"}},
		{"compound sources", "Britain, France and Germany condemned the Russian strikes on Kyiv.", []string{"DEU RUS 111", "FRA RUS 111", "GBR RUS 111"}},
		{"passive voice", "A Ukrainian village was shelled by Russian forces.", []string{"RUSMIL UKR 194"}},
		{"capital as government", "Moscow accused Kyiv of sabotage.", []string{"RUSGOV UKRGOV 112"}},
		{"conditional codes nothing", "If Russia attacks Poland, NATO will respond.", nil},
		{"historical background", "The two leaders last met in March 2019.", nil},
		{"condemning strikes says nothing of who struck", "Guterres condemned the strikes on Kyiv.", nil},
		{"a capital under attack is the country", "Russian missiles struck Kyiv overnight.", []string{"RUSMIL UKR 195"}},
		{"performing an attack noun", "Russian forces carried out strikes on Kyiv.", []string{"RUSMIL UKR 190"}},
		{"the bloc is the last organisation named", "EU foreign ministers met in Brussels on Monday. Russia threatened to retaliate against the bloc.", []string{"RUS IGOEUREEC 130"}},
		{"the group is the last armed group named", "Hamas released four hostages. Israel accused the group of violating the truce.", []string{"ISR PSEREB 1123"}},
		{"a group of people is no anaphor", "Hamas released four hostages. Police detained the group of protesters.", nil},
		{"a parenthesis names the body", "Colombia's National Liberation Army (ELN) attacked Colombian soldiers in Arauca.", []string{"COLREB COLMIL 190"}},
		{"demand with a subjunctive the tagger read as past", "The Kremlin demanded that Kyiv withdraw its forces from the Donetsk region.", []string{"RUSGOV UKRGOV 106"}},
		{"demand for information", "Tanzania's opposition demanded that the Tanzanian government disclose the number of people killed.", []string{"TZAOPP TZAGOV 101"}},
		{"each request of an appeal is an event", "The UN urged the Tanzanian authorities to release everyone detained and to respect the right to peaceful assembly.", []string{"IGOUNO TZAGOV 0243", "IGOUNO TZAGOV 0253"}},
		{"a threat is as specific as what it threatens", "North Korea warned Seoul that its troops would respond with force to any future warning shots.", []string{"PRK KORGOV 138"}},
		{"people take the country of the last place", "Police detained 12 people in Quito on Tuesday. President Daniel Noboa rejected the protesters' demands on Wednesday.", []string{"ECUGOV ECUCVL 1232"}},
		{"\", and it called\" continues the subject; returning property is a release", "The Catholic Bishops' Conference of the Philippines urged the Philippine government to return the stolen funds, and it called on President Ferdinand Marcos to resign.", []string{"PHLREL PHLGOV 0241", "PHLREL PHLGOV 0253"}},
		{"denying harm done is a denial of responsibility", "Moroccan Interior Minister Abdelouafi Laftit said police had acted with restraint, and he denied that any protester had been seriously injured.", []string{"MARGOV - 016"}},
		{"denying that something is so is a denial, whatever it is", "Moroccan Interior Minister Abdelouafi Laftit denied that the talks had stalled.", []string{"MARGOV - 016"}},
		{"a participle after \"and\" coordinated with a past is a past", "Kenya's main opposition party condemned the crackdown on Tuesday and called on the Kenyan government to release the detainees.", []string{"KENOPP KENGOV 0253"}},
		{"a day between a verb and its particle; the appeal governs past a compound addressee", "The UN refugee agency appealed on Monday to the Sudanese army and the RSF to allow aid convoys to reach civilians in North Darfur.", []string{"IGOUNO SDNMIL 0255", "IGOUNO SDNREB 0255"}},
		{"a UN country office is the UN", "The U.N. office in Angola urged Angolan police to exercise restraint.", []string{"IGOUNO AGOCOP 0256"}},
		{"an accusation is as specific as the act it charges", "Germany's interior minister accused Russia of testing Germany's defences.", []string{"DEUGOV RUS 1123"}},
		{"an attempt charged is the act attempted", "Serbia accused Kosovo's prime minister of trying to drive Serbs out of the north.", []string{"SRB KSVGOV 1122"}},
		{"violating the law is no aggression", "The Philippine navy accused Beijing of violating international law.", []string{"PHLMIL CHNGOV 112"}},
		{"stopping work is a strike, whatever protest follows", "Tunisian workers stopped work on Wednesday in a general strike called by the UGTT union to protest the detention of its leader.", []string{"TUNLAB TUNGOV 143"}},
		{"a news conference is no talks", "Afghan Foreign Minister Amir Khan Muttaqi rejected the accusation at a news conference in Tashkent on Wednesday.", []string{"AFGGOV - 016"}},
		{"the people of a region are its civilians; asking for peace eases dissent", "Indian Lieutenant Governor Kavinder Gupta appealed to the people of Ladakh to maintain peace.", []string{"INDGOV INDCVL 0252"}},
		{"a ban on a gathering restricts the protesters", "Thousands of Moroccans marched in Casablanca on Sunday. Moroccan police banned the gathering on Monday.", []string{"MARCOP MARCVL 1721", "MARCVL MARGOV 141"}},
		{"a ban on opposition rallies restricts the opposition", "Ivory Coast's National Security Council extended the ban on opposition rallies on Tuesday.", []string{"CIVGOV CIVOPP 1721"}},
		{"a ban on all gatherings restricts nobody named", "Thousands of Moroccans marched in Casablanca on Sunday. Moroccan police banned all public gatherings on Monday.", []string{"MARCOP - 1721", "MARCVL MARGOV 141"}},
		{"accused of carrying out a strike: aggression", "Chad's foreign ministry accused Sudan's army of carrying out a drone strike on a market in Tine.", []string{"TCDGOV SDNMIL 1123"}},
		{"a rejected demand told with an adjective is its author's", "Syria's foreign ministry demanded that Israel withdraw its troops from Quneitra. An Israeli army spokesman rejected the Syrian demand for a withdrawal on Wednesday.", []string{"ISRMIL SYRGOV 1246", "SYRGOV ISR 106"}},
		{"offering to host two other parties is an offer to mediate", "Azerbaijani President Ilham Aliyev said he would host Israeli and Syrian delegations in Baku next week.", []string{"AZEGOV ISRGOV 039", "AZEGOV SYRGOV 039"}},
		{"hosting refugees is no visit", "Bangladesh hosts more than a million Rohingya refugees who fled Myanmar.", nil},
		{"a meeting is at a third location only where the sentence says so", "Russian border guards detained a Japanese fishing boat near the disputed islands off Hokkaido. Hokkaido Governor Naomichi Suzuki met the crew's families on Wednesday.", []string{"JPNGOV JPNCVL 040", "RUSMIL JPNCVL 1711"}},
		{"the party is the last party named", "Pakistani police arrested 80 members of the TLP on Wednesday. The government outlawed the party on Thursday.", []string{"PAKCOP PAKOPP 173", "PAKGOV PAKOPP 1722"}},
		{"an act weeks before the news is background", "The raids came weeks after Pakistan's federal cabinet outlawed the TLP.", nil},
		{"an act days before the news is news", "The raids came days after Pakistan's federal cabinet outlawed the TLP.", []string{"PAKGOV PAKOPP 1722"}},
		{"the ministers of the two countries are each country's, whatever forces clashed before", "Syrian government forces and Lebanese gunmen clashed near Hermel on Monday. The defence ministers of the two countries signed a memorandum in Riyadh on Wednesday.", []string{"LBNGOV SYRGOV 057", "LBNREB SYRMIL 193", "SYRGOV LBNGOV 057", "SYRMIL LBNREB 193"}},
		{"asking a third party to press another is 022", "Serbia called on the European Union to press Pristina to free him.", []string{"SRB IGOEUREEC 022"}},
		{"the subject after an opening phrase is not one of its actors; the council is the last council named", "Syria's foreign ministry condemned the raids on Tuesday. In a letter sent to the UN Security Council the same day, it lodged a complaint against Israel and called on the council to force Israeli troops to withdraw.", []string{"SYRGOV IGOUNO 022", "SYRGOV ISR 114"}},
		{"a union's ultimatum that names nobody is put to its government", "Tunisia's UGTT union issued an ultimatum on Tuesday.", []string{"TUNLAB TUNGOV 139"}},
		{"a hyphenated modifier inside a compound", "Clashes erupted in Tripoli between Libyan army units and the Radaa militia. On Sunday, Radaa fighters and a government-aligned brigade exchanged fire for several hours.", []string{"LBYMIL LBYREB 190", "LBYREB LBYMIL 190"}},
		{"a number before the released is theirs", "Colombian police said the National Liberation Army released two police officers on Tuesday.", []string{"COLREB COLCOP 0841"}},
		{"a predicate after a that-less content clause is the speaker's; settling through talks is settling", "Nepal's foreign ministry spokesman Lok Bahadur Paudel Chhetri said Lipulekh, Kalapani and Limpiyadhura were an integral part of Nepal, and urged New Delhi to settle the boundary dispute through bilateral talks.", []string{"NPLGOV INDGOV 027"}},
		{"ordering the army to deploy mobilises it", "Angolan President Joao Lourenco ordered the army on Wednesday to deploy in Luanda's outer districts.", []string{"AGOGOV - 154"}},
		{"ordering the police to do what codes nothing itself raises police power; a time before the verb is no subject", "Nigeria's president last week ordered the Nigerian police to recruit thousands of additional officers.", []string{"NGAGOV - 153"}},
		{"ordering troops to attack codes the attack, not a mobilisation", "Sudan's army chief ordered his troops to attack the RSF in El Fasher.", []string{"SDNMIL SDNREB 190"}},
		{"a counted plural is no verb", "Israel said it had allowed some 600 aid trucks into Gaza on Tuesday.", []string{"ISR PSE 0863"}},
		{"a noun modifier before an event noun ('peace talks'); a condition after an offer keeps it an offer", "India's Maoist rebels said they were ready for peace talks with the Indian government if security operations were suspended.", []string{"INDREB INDGOV 036"}},
		{"protesters burning a police station riot against the police", "In the Cameroonian city of Garoua, protesters set fire to a police station on Tuesday.", []string{"CMRCVL CMRCOP 145"}},
		{"a participle phrase between commas hides no subject", "Georgian demonstrators, many of them waving EU flags, had marched along Rustaveli Avenue on Sunday to demand new elections.", []string{"GEOCVL GEOGOV 1412"}},
		{"a list inside a relative clause does not hide the subject", "China, which is building roads, power plants and a port in Balochistan, offered condolences to Pakistan.", []string{"CHN PAK 018"}},
		{"pushing for sanctions others will impose is a threat of sanctions", "German Foreign Minister Johann Wadephul said Berlin would push for new European Union sanctions on Russia.", []string{"DEUGOV RUS 1312"}},
		{"an uninflected word after a noun is no verb; a place of one's own is no target", "Guinea-Bissau's junta lifted the nighttime curfew it had imposed in Bissau.", []string{"GNBGOV - 0813"}},
		{"lawyers striking strike against their government", "Tunisian lawyers walked out of courtrooms for two hours on Wednesday in solidarity with the union.", []string{"TUNJUD TUNGOV 143"}},
		{"police deploying raise police power", "German federal police deployed new jamming equipment to Hamburg airport.", []string{"DEUCOP - 153"}},
		{"a second infinitive of an appeal is asked, not done", "Amnesty International called on the Tunisian authorities to release the union official and to stop prosecuting people for peaceful strike action.", []string{"NGOHRIAMN TUNGOV 0252", "NGOHRIAMN TUNGOV 0253"}},
		{"declining to comment is 011, with no target", "The U.S. State Department declined to comment on its content.", []string{"USAGOV - 011"}},
		{"open to dialogue is an intent to negotiate, though the tagger reads a verb", "South Africa remained open to dialogue with Washington.", []string{"ZAF USAGOV 036"}},
		{"withdrawing a notice is a change of policy", "Greece's foreign ministry called on Turkey to withdraw the notice.", []string{"GRCGOV TUR 0242"}},
		{"withdrawing troops is de-escalation", "Greece's foreign ministry called on Turkey to withdraw its troops.", []string{"GRCGOV TUR 0256"}},
		{"asking to abolish or veto is asking for a change of policy", "Slovakia's opposition leader called on the Slovak president to veto the bill.", []string{"SVKOPP SVKGOV 0242"}},
		{"walking off the job is a strike; teachers from a union act as the union", "Thousands of teachers from Mexico's dissident CNTE union walked off the job on Monday.", []string{"MEXLAB MEXGOV 143"}},
		{"a named body and its head noun are the subject", "Guatemala's government declared a state of prevention. Guatemala's opposition Vamos party demanded the resignation of the interior minister.", []string{"GTMGOV - 1724", "GTMOPP GTMGOV 1041"}},
		{"a state of prevention is emergency rule", "Guatemala's government declared a 15-day state of prevention in three municipalities around the capital on Tuesday.", []string{"GTMGOV - 1724"}},
		{"emergency rule restricts no one a later clause names", "Guatemalan President Bernardo Arevalo declared a 15-day state of prevention on Tuesday, hours after suspected members of the Barrio 18 gang ambushed a police patrol.", []string{"GTMGOV - 1724"}},
		{"handing people over returns them", "Kuwaiti authorities handed the crew over to Iraqi officials at the Abdali border post on Monday.", []string{"KWTGOV IRQGOV 0841"}},
		{"handing power over is no release", "Mali's junta handed power over to Mali's opposition.", nil},
		{"sending warships somewhere mobilises them", "Greece sent four warships to the southeastern Aegean on Wednesday.", []string{"GRC - 154"}},
		{"sending troops to a country is not mobilisation", "Russia sent troops to Mali.", nil},
		{"sending troops with no destination says too little", "Rwanda sends more troops.", nil},
		{"an announced deployment at home mobilises", "Ghana's government said it would deploy 500 more soldiers to the worst-affected river basins.", []string{"GHAGOV - 154"}},
		{"', calling X an affront' is a criticism of its own", "South Africa's foreign minister spoke on Wednesday, calling Washington's decision an affront to our sovereignty.", []string{"ZAFGOV USAGOV 111"}},
		{"calling a claim unacceptable criticises its author", "Iran's foreign ministry spokesman spoke on Wednesday, calling the UAE's claim unacceptable.", []string{"IRNGOV ARE 111"}},
		{"asking for an electoral calendar asks for constitutional order", "SADC urged Madagascar's transitional authorities to publish an electoral calendar.", []string{"IGOSAFSAD MDGGOV 0244"}},
		{"a warning that they would be arrested threatens repression; the party's workers are the party", "Pakistani police arrested 80 members of the TLP on Wednesday. Pakistan's interior minister warned the party's remaining workers that they would be arrested.", []string{"PAKCOP PAKOPP 173", "PAKGOV PAKOPP 137"}},
		{"'the two' with no noun is the pair just named; stepping up security cooperation is military cooperation", "Iraq's prime minister telephoned Kuwait's crown prince on Tuesday. The two agreed to step up cooperation on border security.", []string{"IRQGOV KWTGOV 0312", "IRQGOV KWTGOV 041", "KWTGOV IRQGOV 0312"}},
		{"what parties agreed would happen is their intent", "Iraq and Kuwait agreed that a joint technical committee would meet in Baghdad next month.", []string{"IRQ KWT 036", "KWT IRQ 036"}},
		{"an arrest told in the passive is by the force the article last told acting", "Maldives police fired tear gas at protesters in the Maldives capital on Monday. Three people were arrested in the Maldives for obstructing police duty.", []string{"MDVCOP MDVCVL 173", "MDVCOP MDVCVL 175"}},
		{"criticising the decree targets whoever imposed the emergency rule", "Guatemala's government declared a state of prevention on Tuesday. Guatemala's opposition Vamos party criticized the decree on Wednesday.", []string{"GTMGOV - 1724", "GTMOPP GTMGOV 111"}},
		{"calling the exercise a provocation denounces whoever held the drills", "Iran's navy carried out drills near Abu Musa on Tuesday. The UAE foreign ministry called the exercise a provocative act.", []string{"AREGOV IRNMIL 111", "IRNMIL - 150"}},
		{"officers in a story of police are police", "Nigerian police fired tear gas at marchers in Lagos on Monday. Officers arrested 27 people for looting shops.", []string{"NGACOP NGACVL 173", "NGACOP NGACVL 175"}},
		{"suspects are civilians", "Israeli police said Friday they had arrested two Israeli suspects from a nearby outpost.", []string{"ISRCOP ISRCVL 173"}},
		{"an ambush whose coordinated predicate shoots is small arms; a police patrol is police", "Guatemalan police patrols were attacked. Members of the Barrio 18 gang ambushed a Guatemalan police patrol in Villa Nueva before dawn and shot dead three officers.", []string{"GTMCRM GTMCOP 193"}},
		{"joining a march announced is an announced protest", "Armenia's opposition parties said they would join a march planned for Saturday.", []string{"ARMOPP ARMGOV 133"}},
		{"a nationality's own party of a common name", "The opposition Maldivian Democratic Party said it would join a larger protest planned for Friday.", []string{"MDVOPP MDVGOV 133"}},
		{"a person from a city is of its country; joining a march protests against the government", "A nursing student from Quezon City who joined the march with her classmates spoke to reporters.", []string{"PHLEDU PHLGOV 141"}},
		{"a name before a body's head noun is the body", "Chad's opposition Transformers party said on Thursday it would hold another rally on Saturday.", []string{"TCDOPP TCDGOV 133"}},
		{"calling one's own workers out to protest announces a protest; a series of predicates shares its subject", "Pakistan's TLP condemned the arrests as state terrorism, called on its workers to hold protests outside mosques after Friday prayers, and said that it would challenge the ban in the Supreme Court.", []string{"PAKOPP PAKGOV 133"}},
		{"a body no dictionary lists is named by its country and the words of its name", "The Nigerian Bar Association condemned Nigerian police.", []string{"NGAJUD NGACOP 111"}},
		{"an association of a country, agent words and all", "The National Association of Taxi Drivers of Angola began a strike on Monday.", []string{"AGOLAB AGOGOV 143"}},
		{"property seized is taken from whom the seizer was acting against", "Mexican marines killed five gunmen of the Sinaloa Cartel at a ranch on Sunday. The marines seized 40 rifles at the ranch.", []string{"MEXMIL MEXCRM 1711", "MEXMIL MEXCRM 193"}},
		{"dismissing charges as fabricated denies them; a plural after a verb's object noun is a noun", "Polish Foreign Minister Radoslaw Sikorski dismissed the espionage charges as fabricated on Tuesday.", []string{"POLGOV - 016"}},
		{"Kosovo's leaders are KSV, as the country is", "Serbia accused Kurti of provoking violence.", []string{"SRB KSVGOV 1123"}},
		{"cooperating on patrols is military cooperation", "Libya's eastern government said it was ready to cooperate with Greece and the European Union on patrols at sea.", []string{"LBYGOV GRC 0312", "LBYGOV IGOEUREEC 0312"}},
		{"agreeing to set up a joint commission on border security is an intent to cooperate militarily", "Ecuador and Colombia agreed to set up a joint commission on border security.", []string{"COL ECU 0312", "ECU COL 0312"}},
		{"denying an intrusion is a denial of responsibility", "Iraq's foreign ministry denied that Iraqi naval vessels had entered Kuwaiti waters.", []string{"IRQGOV - 016"}},
		{"rejecting a statement is aimed at its speaker", "The EU criticised Chad's crackdown on Wednesday. Chad's foreign ministry rejected the statement hours later.", []string{"IGOEUREEC TCD 111", "TCDGOV IGOEUREEC 120"}},
		{"handing a protest note to an envoy complains officially", "Kuwait's foreign ministry handed a protest note to Iraq's ambassador on Tuesday.", []string{"KWTGOV IRQGOV 114"}},
		{"'it' is no plural noun", "The M23's political wing said on Thursday that it had taken Uvira to protect civilians and that it was ready to resume negotiations with the Congolese government.", []string{"CODREB CODGOV 036"}},
		{"a participle phrase's time is its own; a hunger strike against one's detention is against the government", "Georgian police detained protesters in Tbilisi. Five opposition activists held in pre-trial detention since October began a hunger strike on Monday to protest against their detention, their lawyers said.", []string{"GEOCOP GEOCVL 173", "GEOOPP GEOGOV 142"}},
		{"a participle set off by commas with its agent is a passive, dated by its clause", "Talks between Egypt, Ethiopia and Sudan, mediated by the African Union, resumed in Cairo on Monday.", []string{"IGOAFRAFU EGY 045", "IGOAFRAFU ETH 045", "IGOAFRAFU SDN 045"}},
		{"background mediation stays background", "Talks between Egypt, Ethiopia and Sudan, mediated at various times by the African Union and the United States, collapsed in December 2023.", nil},
		{"mediators do not mediate between each other", "The ceasefire, brokered by the United States, Egypt, Qatar and Turkey, took effect on Friday.", nil},
		{"refusing to resign answers whoever demanded it", "Thousands of protesters marched in Basra on Tuesday, demanding the resignation of Prime Minister Mohammed Shia al-Sudani. Sudani said on Wednesday he would not resign.", []string{"IRQCVL IRQGOV 1411", "IRQGOV IRQCVL 1231"}},
		{"a leader who steps down accedes to the demand", "Students marched in Belgrade on Monday, demanding the resignation of Serbian Prime Minister Petar Novak. Novak stepped down on Tuesday.", []string{"SRBEDU SRBGOV 1411", "SRBGOV SRBEDU 0831"}},
		{"a blockade is as specific as its demand; a bare government in the demand is the protesters' own", "Hundreds of protesters blocked roads in Basra on Tuesday to demand the dismissal of the provincial governor. Fishermen blocked the port road in Cedros on Wednesday, demanding that the government bring them home.", []string{"IRQCVL IRQGOV 1441", "IRQCVL IRQGOV 1442"}},
		{"an unlisted party named with its country is that country's opposition; a body's local office speaks for it", "BASRA, Iraq — The Iraqi Communist Party and the local office of the Sadrist movement expressed support for the protesters on Tuesday.", []string{"IRQOPP IRQCVL 051"}},
		{"a ministry named by its portfolio is the government; a delegation sent to a capital is a visit", "Iraq's water resources ministry said on Wednesday it would send a technical delegation to Ankara next week.", []string{"IRQGOV TUR 036"}},
		{"veterans are civilians and a civic group an NGO; a rally outside an embassy is against its government", "BUENOS AIRES — Several hundred Argentine veterans rallied outside the British embassy on Wednesday, demanding an end to the militarisation of the South Atlantic. Members of an Argentine civic group rallied outside the Chilean embassy on Thursday.", []string{"ARGCVL GBRGOV 1412", "ARGNGO CHLGOV 141"}},
		{"a response announced is a threat to whoever it would answer", "Afghanistan's defence ministry accused Pakistan of violating Afghan airspace and vowed to respond.", []string{"AFGGOV PAK 1123", "AFGGOV PAK 130"}},
		{"reserving the right to respond threatens the last foreign actor against the speaker", "Germany expelled two Russian diplomats on Tuesday. Russia reserved the right to respond.", []string{"DEU RUSGOV 174", "RUS DEU 130"}},
		{"a response told in a warning is the warner's one threat", "Kim Yo Jong warned Seoul that North Korean troops would respond with force to any warning shots.", []string{"PRKGOV KORGOV 138"}},
		{"a reply to a proposal is no threat", "Iran said it would respond to the European proposal next week.", nil},
		{"an inquiry into a death names no suspect", "Prime Minister Mohammed Shia al-Sudani ordered an investigation into the protester's death on Tuesday night.", []string{"IRQGOV - 092"}},
		{"an inquiry into an attack by civilians is into a crime, aimed at its authors", "Israeli settlers attacked Palestinian farmers near Nablus on Thursday. The Israeli military said it had opened an investigation into the attack.", []string{"ISRCVL PSEAGR 190", "ISRMIL ISRCVL 091"}},
		{"a sentence that opens with 'It' continues the last sentence's subject; a renewed call is an appeal", "The UAE foreign ministry said it had handed a protest note to the Iranian ambassador. It renewed its call on Tehran to settle the dispute.", []string{"AREGOV IRNGOV 114", "AREGOV IRNGOV 027"}},
		{"a call for someone to be released is made of the captor", "Algerian border guards detained a Moroccan man on Monday. Morocco's foreign ministry called for the man to be released.", []string{"DZAMIL MARCVL 173", "MARGOV DZAGOV 0253"}},
		{"a position held is not news", "Chadian police arrested opposition leader Succes Masra on Monday. He denies the charges. Algiers has always denied interfering in Mali's internal affairs.", []string{"TCDCOP TCDOPP 173"}},
		{"a government asked to act is asked to change its policy", "BERLIN (Reuters) - The opposition Greens called on the German government to expel Russian intelligence officers.", []string{"DEUOPP DEUGOV 0242"}},
		{"asked to treat people humanely or to restore asylum is asked to respect rights", "Amnesty International urged Thai authorities to treat the workers as victims of trafficking.", []string{"NGOHRIAMN THAGOV 0243"}},
		{"an unnamed civic group in a datelined story is the dateline's; a rally 'and demanding' takes its demand", "SEOUL, Feb. 23 (Yonhap) -- About 20 members of a civic group rallied outside the Japanese Embassy on Monday, holding banners that read \"Dokdo is Korean territory\" and demanding that Japan drop its claims.", []string{"KORNGO JPNGOV 1412"}},
		{"a strike demanding a repeal, then the repeal refused", "MEXICO CITY (AP) — Thousands of teachers from Mexico's CNTE union walked off the job on Monday, demanding the repeal of a 2007 pension law. President Claudia Sheinbaum said on Tuesday that her government would not repeal the law.", []string{"MEXLAB MEXGOV 1432", "MEXGOV MEXLAB 1232"}},
		{"an agent before a collective noun names a body, not a modifier", "ACCRA: Police on Tuesday arrested 14 members of a civil society coalition outside the Jubilee House.", []string{"GHACOP GHANGO 173"}},
		{"beating with clubs is assault", "Dozens of Israeli settlers attacked Palestinian farmers near Nablus on Thursday, beating several of them with clubs.", []string{"ISRCVL PSEAGR 182"}},
		{"halting settlement expansion is a change of policy, not a settlement", "The EU urged Israel to halt settlement expansion.", []string{"IGOEUREEC ISR 0242"}},
		{"the subject of a clause opened by 'as' is a pronoun's antecedent", "Myanmar's junta handed over 312 foreign nationals to Thai authorities on Wednesday, as Thailand's army said it had blown up four power lines of the Myanmar gangs.", []string{"MMRGOV THAGOV 063", "THAMIL MMRCRM 1712"}},
		{"a quotation between coordinated verbs hides no subject; a third party asked to impose sanctions is asked for diplomatic cooperation", "Israeli settlers attacked Palestinian farmers on Thursday. The Palestinian Foreign Ministry condemned the attack as \"organized terrorism under the protection of the army\" and called on the European Union to impose sanctions on settler groups.", []string{"ISRCVL PSEAGR 190", "PSEGOV ISRCVL 111", "PSEGOV IGOEUREEC 022"}},
		{"settlers in the West Bank are Israelis", "AL-MUGHAYYIR, West Bank (AP) — Settlers accused Palestinian farmers of trespassing on Thursday.", []string{"ISRCVL PSEAGR 1121"}},
		{"a minister's portfolio after 'of' is part of the title before the name; calling on a person asks nothing; a nearer intent word governs", "NEW DELHI: India and Canada launched trade negotiations on Tuesday, with Commerce and Industry Minister Piyush Goyal and Canada's Minister of International Trade Maninder Sidhu holding the first round. Sidhu, who arrived in New Delhi on Monday, called on External Affairs Minister S Jaishankar on Monday evening and is scheduled to meet Prime Minister Narendra Modi before leaving on Thursday.", []string{"CAN IND 046", "IND CAN 046", "CANGOV IND 042", "CANGOV INDGOV 040", "CANGOV INDGOV 036"}},
		{"police of a datelined story are the dateline's, whoever the article named last; a man's name is no town", "LA PAZ, Bolivia (AP) — Bolivia signed an agreement with the U.S. Drug Enforcement Administration on Thursday, as coca growers loyal to Evo Morales blocked highways. Police arrested 14 growers on Thursday.", []string{"BOL USACOP 057", "BOLAGR BOLGOV 144", "BOLCOP BOLAGR 173"}},
		{"clearing a blockade is repression of the blockaders", "LA PAZ, Bolivia (AP) — Thousands of Bolivian coca growers blocked highways in the Chapare region on Thursday. Police cleared two of the blockades with tear gas on Thursday afternoon.", []string{"BOLAGR BOLGOV 144", "BOLCOP BOLAGR 175"}},
		{"a protest said to continue or a strike announced for a later day is a threat of dissent, dated when said", "BRUSSELS (AP) — Belgian unions announced on Tuesday a 48-hour strike for November 17 and 18. Mexican teachers of the CNTE union said on Tuesday the strike would continue until the law is repealed.", []string{"BELLAB BELGOV 133", "MEXLAB MEXGOV 133"}},
		{"a warning that anyone who resists would be arrested threatens the article's protesters", "GUWAHATI: Residents of Goalpara protested against the eviction drive on Tuesday. The deputy commissioner warned that anyone who obstructed the drive would be arrested.", []string{"INDCVL INDGOV 141", "INDGOV INDCVL 137"}},
		{"ordering soldiers somewhere or more patrols mobilises forces; police patrols and protection are police power", "Papua New Guinea Prime Minister James Marape has ordered 200 soldiers to Enga Province. Costa Rican President Rodrigo Chaves ordered police protection for several exiled dissidents.", []string{"PNGGOV - 154", "CRIGOV - 153"}},
		{"a visit at home is no diplomacy", "Benin's President Patrice Talon visited wounded Beninese soldiers in Cotonou on Monday.", nil},
		{"workers strike only right before the verb; a General Staff's forces strike militarily", "Ukraine's General Staff said in a statement that its forces had struck a Russian army depot in Krasnodar region.", []string{"UKRMIL RUSMIL 190"}},
		{"protesters attacking police protest violently, as specific as their protest; an attempt is no act", "BRASILIA (Reuters) - Indigenous protesters blocked the BR-163 highway in Para state on Wednesday, demanding that the government scrap the railway project. Police said the protesters had fired arrows at police officers. Police arrested nine people who tried to storm the council building.", []string{"BRACVL BRAGOV 1442", "BRACVL BRACOP 1452", "BRACOP BRACVL 173"}},
		{"agreeing to reopen a border or crossings is economic cooperation", "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon agreed on Thursday to open two more crossing points.", []string{"KGZGOV TJKGOV 0311", "TJKGOV KGZGOV 0311"}},
		{"asking to stop a policy asks for a policy change; to stop a fight, for de-escalation", "South Korea's foreign minister called on China to stop installing structures in the zone. The UN urged Israel and Hamas to halt the fighting.", []string{"KORGOV CHN 0242", "IGOUNO ISR 0256", "IGOUNO PSEREB 0256"}},
		{"a dateline of two words is looked up whole", "San Jose (AFP) - Police detained two men on Thursday.", []string{"CRICOP CRICVL 173"}},
		{"nationalities listed before one head noun share it; 'including' names whom the act struck", "Israeli naval forces detained 40 people on board, including Spanish, Malaysian and Turkish citizens.", []string{"ISRMIL ESPCVL 173", "ISRMIL MYSCVL 173", "ISRMIL TURCVL 173"}},
		{"a chairperson speaks for the body; a party welcoming its own agreement praises the other party", "Burundi and Rwanda agreed on Wednesday to reopen their land border. Rwanda's foreign minister welcomed the agreement after the talks. The chairperson of the African Union Commission welcomed the agreement.", []string{"BDI RWA 0311", "RWA BDI 0311", "RWAGOV BDI 051", "IGOAFRAFU BDI 051", "IGOAFRAFU RWA 051"}},
		{"arriving for talks or a visit visits the country the sentence places it in; a surname repeated in its sentence is the person", "Vanuatu's prime minister and Australian Foreign Minister Penny Wong signed the Nakamal Agreement in Port Vila, where Wong arrived on Wednesday for a two-day visit.", []string{"VUTGOV AUSGOV 057", "AUSGOV VUTGOV 057", "AUSGOV VUT 042"}},
		{"raising a matter with someone consults them; in a phone call, by telephone", "Kenya's foreign minister said on Tuesday he would raise the matter with his Tanzanian counterpart. South Korea's foreign minister said he had raised the issue with his Japanese counterpart in a phone call on Saturday.", []string{"KENGOV TZAGOV 036", "KORGOV JPNGOV 041"}},
		{"the union's leaders are the union named before", "MEXICO CITY (AP) — On Tuesday, hundreds of strikers blocked the main road to the airport. President Claudia Sheinbaum invited the union's leaders to resume talks with the Interior Department.", []string{"MEXLAB MEXGOV 144", "MEXGOV MEXLAB 036"}},
		{"a group saying it carried out the attack claims responsibility", "Gunmen attacked an army post in northern Benin on Sunday. The Baloch Liberation Army said its fighters had carried out the attack.", []string{"PAKREB - 015"}},
		{"denying that something is so is a denial", "The Indonesian military denied that any of the dead were soldiers.", []string{"IDNMIL - 016"}},
		{"an act told with bare countries and again with their governments is one event, the more specific", "Kazakhstan lodged a protest with Ukraine on Friday. Kazakhstan's foreign ministry handed a protest note to Ukraine's ambassador in Astana.", []string{"KAZGOV UKRGOV 114"}},
		{"the television a statement is read on is no target", "Benin accused Niger of harbouring jihadists on Sunday. Niger's junta rejected the accusation on state television on Monday night.", []string{"BEN NER 112", "NERGOV - 016"}},
		{"an opposition party's 'the government' is its own country's", "Morocco's interior minister met Spain's ambassador on Thursday. Spain's far-right Vox party accused the government of abandoning Ceuta.", []string{"MARGOV ESPGOV 040", "ESPOPP ESPGOV 112"}},
		{"a blockade's demand of another state is aimed at its government", "SLUBICE, Poland (AP) — On Thursday, several hundred Polish residents blocked the bridge to Frankfurt an der Oder for an hour, demanding that Germany stop sending migrants back.", []string{"POLCVL DEUGOV 1442"}},
		{"returning fire answers the attacker of the same sentence, with the subject's own weapon", "The Thai army said that Cambodian troops had fired rockets into Sisaket province overnight, and that Thai artillery had returned fire.", []string{"KHMMIL THA 195", "THAMIL KHMMIL 194"}},
		{"dispersing a leader's supporters represses his group", "YAOUNDE (Reuters) - Cameroonian opposition leader Jean Mbarga claimed victory on Monday. Police fired tear gas to disperse his supporters in Douala on Tuesday.", []string{"CMRCOP CMROPP 175"}},
		{"an honorific before a possessor hides no subject", "YAOUNDE (Reuters) - Opposition leader Jean Mbarga claimed victory. Mr Mbarga's supporters observed a strike in Garoua on Monday.", []string{"CMROPP CMRGOV 143"}},
		{"a march for a prisoner's release is a protest of no subtype", "ISLAMABAD: Thousands of PTI supporters marched towards the capital on Tuesday to demand the release of the party's founder.", []string{"PAKOPP PAKGOV 141"}},
		{"the detained workers are the people the article told were detained", "ISLAMABAD: Police arrested more than 150 workers of the PTI on Tuesday. On Wednesday, the Islamabad High Court ordered the release on bail of 40 of the detained workers.", []string{"PAKCOP PAKOPP 173", "PAKJUD PAKOPP 0841"}},
		{"tear gas fired as supporters marched is aimed at the marchers", "ISLAMABAD: Police fired tear gas on Tuesday as thousands of PTI supporters marched towards the capital.", []string{"PAKCOP PAKOPP 175", "PAKOPP PAKGOV 141"}},
		{"support 'since' a past date does not date the thanks; a war fought since then is background", "Syrian Foreign Minister Asaad al-Shaibani thanked Turkey on Thursday for its support since the fall of Bashar al-Assad in December 2024. Al-Shabaab has fought the Somali government since 2006.", []string{"SYRGOV TUR 051"}},
		{"a verb misread as a participle after its subject and a day still heads a coordination", "Ukrainian Foreign Minister Andrii Sybiha on Thursday called on Russia to give the Red Cross access to all prisoners and accused Moscow of systematically torturing captured soldiers.", []string{"UKRGOV RUS 0255", "UKRGOV RUSGOV 1122"}},
		{"being received by a leader is being hosted by him", "Gabonese President Brice Oligui Nguema was received by President Teodoro Obiang Nguema Mbasogo at the presidential palace in Malabo.", []string{"GNQGOV GABGOV 043"}},
		{"judges at a court act for it; upholding charges is legal action", "THE HAGUE — Judges at the International Criminal Court confirmed the charges against former Philippine president Rodrigo Duterte on Thursday.", []string{"IGOJUDICC PHLELI 173"}},
		{"boarding a ship seizes it", "Chinese coast guard officers boarded a Taiwanese fishing boat on Tuesday.", []string{"CHNMIL TWNCVL 1711"}},
		{"calling an act unlawful denounces its author", "Venezuela's navy detained two Trinidadian fishermen on Monday. Trinidad's foreign minister called the detention \"unlawful and provocative\".", []string{"VENMIL TTOCVL 173", "TTOGOV VENMIL 111"}},
		{"a square named after a party is no actor; they is the last plural subject", "BRATISLAVA — Police estimated the crowd in Bratislava's SNP Square at 45,000 on Wednesday. They detained a man who threw an egg.", []string{"SVKCOP SVKCVL 173"}},
		{"a protest's organisers are its crowd when no movement is named", "Residents rallied in Batken on Wednesday against the treaty, and police detained three organisers.", []string{"KGZCVL KGZGOV 141", "KGZCOP KGZCVL 173"}},
		{"an appeal to protect people or ensure their safety is for protection", "Hezbollah called on the Lebanese government on Monday to protect residents of the border region.", []string{"LBNREB LBNGOV 0234"}},
		{"a participle is dated by its clause and the grounds' purpose is no act", "The United States imposed sanctions on the Foxtrot network in March 2025, accusing Iran of using it to target Israeli interests in Europe.", nil},
		{"a federation's leaders are the workers named; a threat is put to the subject of its condition", "LIMA — Striking miners blocked the Pan-American Highway on Monday. The government said on Tuesday it was ready to meet the federation's leaders in Lima. The federation's president said on Wednesday that miners would return to the road if Congress did not vote on an extension.", []string{"PERLAB PERGOV 144", "PERGOV PERLAB 036", "PERLAB PERLEG 133"}},
		{"a plural noun before its auxiliary is no verb", "ABUJA — The army said on Monday that troops had rescued 12 of the captives after a gunfight with the bandits in the Dansadau forest on Sunday night.", []string{"NGAMIL NGACRM 193", "NGACRM NGAMIL 193"}},
		{"them is a plural named before, not the ministry between", "TBILISI — Police detained at least 14 protesters, the interior ministry said, and a Tbilisi court on Thursday ordered two of them held in pre-trial detention on charges of assaulting officers.", []string{"GEOCOP GEOCVL 173", "GEOJUD GEOCVL 173"}},
		{"members of a body are a plural that them names next", "SEOUL — About 20 members of a civic group rallied outside the Japanese Embassy on Monday. Police detained two of them.", []string{"KORNGO JPNGOV 141", "KORCOP KORNGO 173"}},
		{"a body's acronym in brackets names it later", "LUANDA — The National Association of Taxi Drivers of Angola (ANATA) began a strike on Monday. ANATA accused the police on Wednesday of killing one of its members.", []string{"AGOLAB AGOGOV 143", "AGOLAB AGOCOP 1122"}},
		{"a strike suspended on a condition eases dissent; a condition ends at a new clause", "LUANDA — The National Association of Taxi Drivers of Angola (ANATA) began a strike on Monday. ANATA said on Wednesday it would suspend the strike if the government cut the price back, and it accused police of killing one of its members.", []string{"AGOLAB AGOGOV 143", "AGOLAB AGOGOV 0352", "AGOLAB AGOCOP 1122"}},
		{"halting air strikes is announced de-escalation", "Israel's military said on Monday it would halt air strikes on Hamas for 48 hours.", []string{"ISRMIL PSEREB 0356"}},
		{"welcoming a disarmament praises whoever disarmed; a jailed leader is no arrest", "PKK fighters burned their rifles in northern Iraq on Monday. Iraqi Foreign Minister Fuad Hussein welcomed the disarmament on Monday. Turkey's main opposition party called on the government on Tuesday to allow jailed PKK founder Abdullah Ocalan to meet lawyers.", []string{"TURREB TUR 0873", "IRQGOV TURREB 051", "TUROPP TURGOV 026"}},
		{"a place name before a known party's name makes another party", "LEH: The Kargil Democratic Alliance on Wednesday condemned the Home Ministry.", nil},
		{"the detained staff are the detainees; a release's mediator mediates between its two sides", "The Houthis detained 20 U.N. staff in Sanaa on Monday. The Houthis released three of the detained staff late on Thursday after mediation by Oman.", []string{"YEMREB IGOUNO 173", "YEMREB IGOUNO 0841", "OMN YEMREB 045", "OMN IGOUNO 045"}},
		{"an infinitive after efforts is tried, not done", "Argentina lodged a formal protest with Britain on Wednesday, saying the drills ran counter to efforts by both governments to improve relations.", []string{"ARG GBR 114"}},
		{"the secretary-general of a body speaks for it", "Russian drones struck Kyiv on Monday. The secretary-general of NATO condemned the attack on Tuesday.", []string{"RUSMIL UKR 195", "IGOWSTNAT RUSMIL 111"}},
		{"a deadline given is an ultimatum", "LA PAZ — Bolivian unions gave the government 24 hours to repeal the decree.", []string{"BOLLAB BOLGOV 139"}},
		{"an offer to mediate between two parties is 039 to each", "LA PAZ — Bolivia's Catholic Church offered on Wednesday to mediate between the government and the unions.", []string{"BOLREL BOLGOV 039", "BOLREL BOLLAB 039"}},
		{"roads staying closed and roadblocks kept until a demand is met announce continued protest", "TEHRAN — Truck drivers blocked the road to the port on Monday. The drivers said on Tuesday the roads would stay closed until the diesel quota was raised.", []string{"IRNLAB IRNGOV 144", "IRNLAB IRNGOV 133"}},
		{"a warning about anyone who did two things reads past the relative clause", "TEHRAN — Iranian truck drivers blocked roads on Monday. The head of the judiciary warned on Tuesday that anyone who organised or joined road blockades would be prosecuted.", []string{"IRNLAB IRNGOV 144", "IRNJUD IRNLAB 137"}},
		{"a sector's union is labour; spokesmen are those they speak for", "MEXICO CITY — Mexico's lime growers' association condemned the government on Monday. The drivers' representatives accused the government on Tuesday of lying. The government was ready to hold talks with representatives of the young people.", []string{"MEXLAB MEXGOV 111", "MEXLAB MEXGOV 112", "MEXGOV MEXCVL 036"}},
		{"a toll kept since a past year is background", "YANGON — Myanmar's military attacked rebels on Monday. More than 6,000 civilians have been killed by the security forces since the 2021 coup.", []string{"MMRMIL MMRREB 190"}},
		{"a when-clause after a past year is of that year", "HONIARA — China and Solomon Islands agreed on Monday to expand police cooperation. A Chinese police liaison team has worked with the local police since 2022, when the two countries also signed a security agreement.", []string{"CHN SLB 031", "SLB CHN 031"}},
		{"confirming one's own side's strike claims it", "KYIV — Ukrainian drones struck an oil depot in Russia's Bryansk region on Monday. Ukraine's General Staff on Tuesday confirmed the strike.", []string{"UKRMIL RUS 195", "UKRMIL - 015"}},
		{"confirming the other side's strike is no claim", "KYIV — Russian drones struck Kyiv on Monday. Ukraine's air force on Tuesday confirmed the strike.", []string{"RUSMIL UKR 195"}},
		{"both neighbours are the two countries", "Iranian and Afghan border guards exchanged fire on Monday. Pakistan's foreign ministry called on both neighbours to show restraint.", []string{"IRNMIL AFGMIL 190", "AFGMIL IRNMIL 190", "PAKGOV IRN 0256", "PAKGOV AFG 0256"}},
		{"a workers' centre is a union named with its acronym; accepting an offer to mediate accepts mediation", "LA PAZ — The Bolivian Workers' Centre (COB) gave the government 24 hours to repeal the decree on Tuesday. The Catholic Church and the ombudsman's office offered on Wednesday to mediate between the government and the unions. On Thursday the COB accepted the church's offer.", []string{"BOLLAB BOLGOV 139", "BOLREL BOLGOV 039", "BOLREL BOLLAB 039", "BOLGOV BOLLAB 039", "BOLLAB BOLREL 038"}},
		{"a request ends where a coordinated predicate begins", "LIMA — The Ombudsman's Office urged the police and the miners to avoid violence and called on the government to open talks with the federation.", []string{"PERGOV PERCOP 0256", "PERGOV PERLAB 0256"}},
		{"at least a number of people are the detained", "HAVANA — Police detained at least 40 people in the two cities, the rights group Justicia 11J said on Monday.", []string{"CUBCOP CUBCVL 173"}},
		{"an appeal to investigate is coded as its demand", "The U.N. human rights office called on the Nepalese authorities to investigate the deaths.", []string{"IGOUNO NPLGOV 101"}},
		{"hosting the talks hosts each side of them", "WASHINGTON — Congolese and Rwandan delegations held talks in Washington on Tuesday. The State Department, which hosted the talks, praised both delegations on Wednesday.", []string{"CODGOV RWAGOV 044", "RWAGOV CODGOV 044", "USAGOV CODGOV 043", "USAGOV RWAGOV 043", "USAGOV RWAGOV 051", "USAGOV CODGOV 051"}},
		{"both sides are the compound the sentence just named", "U.S. and Iranian negotiators met in Muscat on Saturday, and both sides agreed to meet again within two weeks.", []string{"USAGOV IRNGOV 044", "IRNGOV USAGOV 044", "USAGOV IRNGOV 036", "IRNGOV USAGOV 036"}},
		{"a body's name after its common noun is the body; criticising the strike aims at the strikers", "BRUSSELS — Belgian unions announced a 48-hour strike on Monday. The employers' federation FEB criticised the strike as disproportionate on Tuesday. The civic group Peace for Ukraine condemned the government.", []string{"BELLAB BELGOV 133", "BELBUS BELLAB 111", "BELNGO BELGOV 111"}},
		{"the forces of a body that governs are its state's forces", "Iranian border guards and Taliban forces exchanged fire on the border on Tuesday.", []string{"IRNMIL AFGMIL 190", "AFGMIL IRNMIL 190"}},
		{"condemning demolitions aims at who demolished", "GUWAHATI — Assam authorities demolished 300 homes on Tuesday. India's opposition condemned the demolitions on Wednesday.", []string{"INDGOV INDCVL 1712", "INDOPP INDGOV 111"}},
		{"a note handed to an envoy is a complaint, and what it demands is its sender's demand", "ASTANA — Kazakhstan lodged a protest with Ukraine on Friday. Kazakhstan's foreign ministry handed a note to Ukraine's ambassador in Astana demanding that Kyiv stop attacks on the pipeline.", []string{"KAZGOV UKRGOV 114", "KAZGOV UKRGOV 1056"}},
		{"criticising someone for rushing into something criticises them; an officer's title and name join the body", "NEW DELHI — Congress general secretary Jairam Ramesh criticised the government for rushing into talks.", []string{"INDOPP INDGOV 111"}},
		{"calling a strike announces it; searching offices investigates their owner", "TUNIS — Tunisia's UGTT union called a 48-hour general strike in Sfax on Monday. Police searched the offices of the UGTT on Wednesday.", []string{"TUNLAB TUNGOV 133", "TUNCOP TUNLAB 091"}},
		{"calling an act a strike names it", "KYIV — Russian missiles hit a hospital in Kharkiv on Friday. Britain condemned the attack, calling it a deliberate strike on civilians.", []string{"RUSMIL UKRHLH 195", "GBR RUSMIL 111"}},
		{"standing by an ally supports it; asking for consular access, patrols or information", "Saudi Arabia said on Tuesday that it stood by Bahrain. Vietnam asked the Eswatini authorities on Tuesday for consular access to its citizen. Palau's president asked Washington on Tuesday to step up maritime patrols. The EU asked Bratislava on Tuesday for information on the unit.", []string{"SAU BHR 051", "VNM SWZGOV 0255", "PLWGOV USAGOV 0212", "IGOEUREEC SVKGOV 101"}},
		{"an appeal to lift blockades eases dissent", "LA PAZ — Bolivian farmers blocked highways on Monday. Bolivia's president urged the protesters on Tuesday to lift the blockades.", []string{"BOLAGR BOLGOV 144", "BOLGOV BOLCVL 0252"}},
		{"promising that people would be freed is the promiser's intent to free them; herders are civilians", "BAMAKO — Malian soldiers detained 30 Mauritanian herders on Sunday. Goita promised on Tuesday that the herders would be freed within days.", []string{"MLIMIL MRTCVL 173", "MLIGOV MRTCVL 0353"}},
		{"a demand on a day is a demand; its subjunctive is what is asked", "LA PAZ — Bolivian unions demanded on Monday that the government repeal the decree.", []string{"BOLLAB BOLGOV 1042"}},
		{"condemning the drone strike aims at its author", "BEIRUT — An Israeli drone struck a car near Naqoura on Wednesday. President Joseph Aoun late on Wednesday condemned the drone strike.", []string{"ISRMIL LBNCVL 195", "LBNGOV ISRMIL 111"}},
		{"a rally to support an act is a rally; its purpose is no act of its own", "STOCKHOLM — Sweden expelled three Iranian diplomats on Wednesday. Several hundred Iranian exiles rallied outside the Iranian embassy in Stockholm on Wednesday evening to support the expulsions.", []string{"SWE IRNGOV 174", "IRNOPP IRNGOV 141"}},
		{"a protest as the purpose of another act is the subject's protest", "HAVANA — Cubans banged pots on Sunday to protest against a blackout.", []string{"CUBCVL CUBGOV 141"}},
		{"its two neighbours are the pair", "BOGOTA — Colombian and Peruvian troops faced off on the island on Sunday. Brazil urged its two neighbours on Monday to resolve the dispute through dialogue.", []string{"BRA PER 027", "BRA COL 027"}},
		{"a declaration signed is an agreement; both countries are the pair just named", "ABU DHABI — Armenia and Azerbaijan signed a peace declaration on Monday at a ceremony hosted by the UAE president, who praised both countries for their courage.", []string{"ARM AZE 057", "AZE ARM 057", "AREGOV ARM 043", "AREGOV AZE 043", "AREGOV ARM 051", "AREGOV AZE 051"}},
		{"a bomb set off when someone was wounded struck the wounded", "RAIPUR: On Tuesday, a police officer was wounded when Maoists set off a roadside bomb near a security camp in Narayanpur district.", []string{"INDREB INDCOP 1833"}},
		{"killing a hundred civilians or more is mass killing; deporting tens of thousands is mass expulsion", "KHARTOUM — Fighters of Sudan's paramilitary Rapid Support Forces killed at least 120 civilians in an assault on villages on Sunday. Iranian authorities deported more than 25,000 Afghans through the Milak crossing on Monday.", []string{"SDNREB SDNCVL 202", "IRNGOV AFGCVL 201"}},
		{"the South American country is the country last named", "WASHINGTON — Trump accused Colombia's president of drug trafficking on Saturday. Trump ordered a halt to all U.S. aid payments to the South American country on Sunday.", []string{"USAGOV COLGOV 1121", "USAGOV COL 162"}},
		{"strengthening the protection of a country's airspace is protection", "BUCHAREST — NATO said the alliance would strengthen the protection of Romanian airspace.", []string{"IGOWSTNAT ROU 0334"}},
		{"a state agency ordering a company to suspend work imposes a sanction", "LUSAKA — The Zambia Environmental Management Agency ordered the Chinese company to suspend leaching operations on Monday.", []string{"ZMBGOV CHNBUS 172"}},
		{"an unknown name before a body's noun is a body of the story's country, in the sector its words name", "BOA VISTA — The Hutukara association accused the government on Monday of failing to keep its promise. The Alawite council condemned the government on Tuesday.", []string{"BRANGO BRAGOV 112", "BRAREL BRAGOV 111"}},
		{"condemning the police violence aims at who used force", "LUANDA — Police fired tear gas at taxi drivers on Tuesday. Angola's opposition condemned the police violence on Wednesday.", []string{"AGOCOP AGOLAB 175", "AGOOPP AGOCOP 111"}},
		{"keeping a tariff in force refuses to ease it", "QUITO — Ecuador said on Wednesday it would keep its 30% security tariff on Colombian goods.", []string{"ECU COL 1244"}},
		{"suspending visa-free travel for a people sanctions their country", "BRUSSELS — The European Union on Wednesday suspended visa-free travel for Georgian citizens for nine months.", []string{"IGOEUREEC GEO 163"}},
		{"a body's officer named by title alone acts for it; support expressed for someone praises them", "MANAMA — The GCC secretary-general expressed full support for Bahrain's measures to protect its security.", []string{"IGOPGSGCC BHR 051"}},
		{"shadowing another state's boats shows force", "TOKYO — A Chinese coast guard ship shadowed Japanese fishing boats near the Senkaku Islands on Monday.", []string{"CHNMIL JPNCVL 150"}},
		{"the dateline places bare agents", "QUITO — Police detained 12 people on Tuesday.", []string{"ECUCOP ECUCVL 173"}},
		{"a reduced relative passive", "Israel and Hamas agreed to a truce brokered by Egypt.", []string{"EGY ISR 045", "EGY PSEREB 045", "ISR PSEREB 0871", "PSEREB ISR 0871"}},
		{"force on an actor in a place", "Pakistani jets struck hideouts of the Pakistani Taliban in Afghanistan's Paktika province.", []string{"PAKMIL PAKREB 195"}},
		{"a passive's agent matched by a pattern's target slot", "Israel's Ramon airport was hit by a Houthi drone on Tuesday.", []string{"YEMREB ISR 195"}},
		{"subject past a participle phrase, agent past modifiers", "Malian soldiers escorting a convoy were attacked by fighters of the al Qaeda-linked group JNIM.", []string{"MLIREB MLIMIL 190"}},
		{"object pronoun", "Sikorski blamed Russian military intelligence for the sabotage and accused it of espionage.", []string{"POLGOV RUSSPY 1125", "POLGOV RUSSPY 112"}},
		{"a proposal's it is no actor", "Egypt and Qatar handed Hamas the plan. Hamas said it would study it.", []string{"PSEREB - 014"}},
		{"returned fire at the last attacker", "Pakistani troops opened fire on Indian army posts. Indian troops returned fire with small arms.", []string{"PAKMIL INDMIL 193", "INDMIL PAKMIL 193"}},
		{"police act on their own country's people", "Turkish police fired pepper spray at protesters.", []string{"TURCOP TURCVL 175"}},
		{"the crowd is the last crowd named", "Thousands of protesters gathered outside the courthouse in Istanbul. Turkish riot police fired tear gas at the crowd.", []string{"TURCOP TURCVL 175"}},
		{"the grounds name no target", "The Houthis accused some of the detained UN staff of spying for Israel.", []string{"YEMREB IGOUNO 1125"}},
		{"a bare army after a state's verb is its own", "Congolese troops clashed with the rebels. Burundi's defence ministry put the army on maximum alert.", []string{"BDIGOV - 152"}},
		{"a noun between a country and its agent", "China sanctioned three US defence firms over arms sales to Taiwan.", []string{"CHN USABUS 163"}},
		{"a mutual meeting in a third country", "The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Monday.", []string{"ARMGOV AZEGOV 044", "AZEGOV ARMGOV 044"}},
		{"a state protests officially", "Estonia protested to Russia over the removal of the buoys.", []string{"EST RUS 114"}},
		{"people protest in the street", "Thousands of Estonians protested in Tallinn on Saturday.", []string{"ESTCVL ESTGOV 141"}},
		{"condemning an attack on a day", "Gunmen from a Venezuelan criminal gang fired on a Guyanese army patrol boat on Tuesday. The U.S. Embassy condemned the attack on Wednesday.", []string{"VENCRM GUYMIL 193", "USAGOV VENCRM 111"}},
		{"aid goes to its recipient, not between the donors", "Mexico and Russia said on Monday they would send fuel to Cuba as humanitarian aid.", []string{"MEX CUB 0333", "RUS CUB 0333"}},
		{"a past form the tagger read as an adjective", "The U.S. Treasury on Monday imposed sanctions on five Mexican companies.", []string{"USAGOV MEXBUS 163"}},
		{"members of a group in a compound; a gunbattle both ways", "Mexican marines and suspected members of the Sinaloa Cartel fought a gunbattle near Culiacan on Monday.", []string{"MEXCRM MEXMIL 193", "MEXMIL MEXCRM 193"}},
		{"a verb after 'and' is no modifier of a compound", "Nduhungirehe rejected the accusation, saying Rwanda had no troops in Congo, and blamed the Congolese government for breaking the ceasefire.", []string{"RWAGOV - 016", "RWAGOV CODGOV 1123"}},
		{"an unknown party named by its apposition", "AMMAN — The Islamic Action Front (IAF), the largest party in parliament, accused the Jordanian government of using the case to silence the opposition. The government warned the IAF on Tuesday.", []string{"JOROPP JORGOV 112", "JORGOV JOROPP 130"}},
		{"a rights group is no armed group", "The Karen Human Rights Group, a rights group, accused the Myanmar army of torture.", []string{}},
		{"seizing an owned ship targets its owner", "Iran's Revolutionary Guards seized a tanker owned by a Dubai-based company in the Gulf on Thursday.", []string{"IRNMIL AREBUS 1711"}},
		{"allies who kill insurgents do not fight each other", "Rwandan and Mozambican troops killed at least 15 insurgents near the Messalo river on Thursday.", []string{}},
		{"the people an air strike killed are its target", "Myanmar military aircraft bombed a village in the Sagaing region on Monday night, killing at least 11 civilians.", []string{"MMRMIL MMRCVL 195"}},
		{"a protest's demand decides its code and target", "Hundreds of Sri Lankan fishermen protested in Jaffna on Monday, demanding that the Sri Lankan government stop Indian trawlers.", []string{"LKACVL LKAGOV 1412"}},
		{"a threat is made of its that-clause's subject", "Israel warned on Wednesday that Hamas would pay a heavy price for any further attack.", []string{"ISR PSEREB 130"}},
		{"a state's own country in its threat is no target", "Britain warned on Thursday that Britain would impose sanctions.", []string{}},
		{"the three countries are the last three named", "Egypt, Ethiopia and Sudan have argued over the dam for years. The African Union urged the three countries on Wednesday to resume negotiations.", []string{"IGOAFRAFU EGY 026", "IGOAFRAFU ETH 026", "IGOAFRAFU SDN 026"}},
		{"an embassy in a capital is its own country's", "India's foreign ministry said its High Commission in Colombo had lodged a protest with the Sri Lankan government.", []string{"INDGOV LKAGOV 114"}},
		{"a time phrase inside an adjacent pattern", "India's foreign ministry asked Iran on Friday to release the Indian sailors.", []string{"INDGOV IRN 0253"}},
		{"a later sentence names the act's author", "Egypt accused Israel on Tuesday of keeping the crossing closed. Egyptian Foreign Minister Badr Abdelatty made the accusation in a phone call.", []string{"EGYGOV ISR 112"}},
		{"he is the last sentence's subject, not whom he met", "Turkish Foreign Minister Hakan Fidan met his Iranian counterpart Abbas Araghchi in Ankara on Monday. He urged Tehran to resume talks with the IAEA.", []string{"TURGOV IRNGOV 040", "TURGOV IRNGOV 026"}},
		{"they are the pair who just met", "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Ankara on Monday. They signed an agreement on energy.", []string{"TURGOV IRNGOV 040", "TURGOV IRNGOV 057", "IRNGOV TURGOV 057"}},
		{"a rejected offer of talks is 125", "Pakistan's foreign minister offered talks with India on Tuesday. India rejected Pakistan's offer on Wednesday.", []string{"PAKGOV IND 036", "IND PAK 125"}},
		{"a demand's verb read as an adjective", "Rubio demanded that the Taliban free two other Americans.", []string{"USAGOV AFGGOV 1053"}},
		{"an appeal to refrain from a build-up", "The UN envoy urged Libya's government to refrain from any new military build-up.", []string{"IGOUNO LBYGOV 0256"}},
		{"welcoming a ceasefire told with no target", "Myanmar's junta and the TNLA agreed to a ceasefire on Tuesday. The UN envoy welcomed the ceasefire on Wednesday.", []string{"IGOUNO MMRGOV 051", "IGOUNO MMRREB 051", "MMRGOV MMRREB 0871", "MMRREB MMRGOV 0871"}},
		{"police detain plain people of their country", "Hungarian police detained three members of a far-right group.", []string{"HUNCOP HUNCVL 173"}},
		{"the mayor of a city is the government", "A Turkish court jailed the mayor of Istanbul pending trial.", []string{"TURJUD TURGOV 173"}},
		{"notes to two states", "Nepal sent diplomatic notes to India and China on Wednesday.", []string{"NPL IND 114", "NPL CHN 114"}},
		{"open to talks", "India remained open to talks with Nepal on boundary issues.", []string{"IND NPL 036"}},
		{"allies who kill the article's insurgents", "Insurgents attacked a town in Mozambique's Cabo Delgado province. Rwandan and Mozambican troops killed at least 15 insurgents on Thursday.", []string{"MOZMIL MOZREB 190", "RWAMIL MOZREB 190"}},
		{"a coordinated verb after a past read as participle", "MAPUTO — Insurgents beheaded at least four civilians and set fire to dozens of homes.", []string{"MOZREB MOZCVL 1823", "MOZREB MOZCVL 1712"}},
		{"seizing their boats reaches their owners", "Sri Lanka's navy arrested 14 Indian fishermen and seized their two trawlers on Sunday night.", []string{"LKAMIL INDCVL 173", "LKAMIL INDCVL 1711"}},
		{"aid goes to the country named, not what it is for", "Mexico and Russia said on Monday they would send fuel to Cuba as humanitarian aid, to help restore power to hospitals.", []string{"MEX CUB 0333", "RUS CUB 0333"}},
		{"an exchange brokered by a third state", "Russia and Ukraine exchanged 300 prisoners of war on Friday in a deal brokered by the UAE.", []string{"RUS UKRMIL 0841", "UKR RUSMIL 0841", "ARE RUS 045", "ARE UKR 045"}},
		{"both sides of a civil war", "The Sudanese army said its aircraft had struck RSF positions in North Kordofan. Egypt urged both sides to return to negotiations.", []string{"SDNMIL SDNREB 195", "EGY SDNMIL 026", "EGY SDNREB 026"}},
		{"a second statement after a reported clause", "Beijing said the Philippine vessel had intruded into Chinese waters and warned Manila against further provocations.", []string{"CHNGOV PHLGOV 130"}},
		{"condemning the strikes targets who struck, not who attacked last", "Israeli warplanes struck targets in southern Lebanon on Tuesday. Hezbollah fired rockets at northern Israel in response. Lebanese President Joseph Aoun condemned the strikes.", []string{"ISRMIL LBN 195", "LBNREB ISR 195", "LBNGOV ISRMIL 111"}},
		{"the fighters a strike killed, over the land it hit", "Israeli warplanes struck targets in southern Lebanon on Tuesday, killing three Hezbollah fighters.", []string{"ISRMIL LBNREB 195"}},
		{"calling an act a coup denounces its author", "Turkish police detained 12 officials of the opposition CHP in Istanbul. The CHP called the detentions a coup against democracy.", []string{"TURCOP TUROPP 173", "TUROPP TURCOP 111"}},
		{"agents sharing their countries", "Lawmakers and officials in Poland and Hungary welcomed the agreement with Ukraine.", []string{"HUNGOV UKR 051", "HUNLEG UKR 051", "POLGOV UKR 051", "POLLEG UKR 051"}},
		{"agent in a city only the gazetteer knows", "Russian police detained students in Tver on Monday.", []string{"RUSCOP RUSEDU 173"}},
		{"agent with country", "Israeli troops detained Palestinian protesters in Jenin.", []string{"ISRMIL PSECVL 173"}},
		{"dateline is no actor", "SEOUL — South Korean troops fired on North Korean soldiers on Thursday.", []string{"KORMIL PRKMIL 193"}},
		{"attribution is not the object", "Syrian crowds stormed the embassy, a senior Turkish official said on Saturday.", nil},
		{"own forces are the means", "Israel deployed its troops along the border with Lebanon.", []string{"ISR - 154"}},
		{"rebels act on the army", "RSF fighters attacked the Sudanese army near El Fasher.", []string{"SDNREB SDNMIL 190"}},
		{"denial of an act", "The RSF denied targeting civilians.", []string{"SDNREB - 016"}},
		{"participle inside a noun phrase", "Yemen's internationally recognised government condemned the Houthis.", []string{"YEMGOV YEMREB 111"}},
		{"condemning an attack targets its author", "Houthi fighters stormed a UN compound in Sanaa. Guterres condemned the raid.", []string{"YEMREB IGOUNO 190", "IGOUNO YEMREB 111"}},
		{"attack author named by by", "France condemned the attack by Houthi fighters.", []string{"FRA YEMREB 111"}},
		{"possessive country and its group", "Yemen's Houthi group detained UN staff.", []string{"YEMREB IGOUNO 173"}},
		{"relative clause closed before and", "The Venezuelan government condemned Washington over the seizure, which it called an act of piracy, and accused the United States of trying to steal Venezuela's oil.", []string{"VENGOV USAGOV 111", "VENGOV USA 1121"}},
		{"and inside a relative clause", "The US envoy, who flew to Kabul on Wednesday and held talks with Taliban Foreign Minister Amir Khan Muttaqi, said the talks were useful.", []string{"USAGOV AFG 042", "USAGOV AFGGOV 040"}},
		{"a government does not act on its own country", "Canadian Prime Minister Mark Carney said Canada would break off trade negotiations.", nil},
		{"denial that a hostile act happened", "Russia denied that its forces had shelled the town.", []string{"RUS - 016"}},
		{"captured city is territory, not the attribution", "M23 rebels captured the eastern Congolese city of Uvira on Wednesday, residents and Congolese officials said.", []string{"CODREB COD 192"}},
		{"vow past a prepositional phrase", "The Houthi leader vowed in a televised speech on Wednesday to keep attacking Israel.", []string{"YEMREB ISR 138"}},
		{"denied an account", "Pakistan's army denied the Indian account on Wednesday.", []string{"PAKMIL IND 016"}},
		{"protest as specific as its demand", "Kenyan protesters marched in central Nairobi on Monday to demand the resignation of President William Ruto.", []string{"KENCVL KENGOV 1411"}},
		{"weapons launched at a place", "Russian forces launched 48 missiles and more than 600 drones at Ukraine overnight.", []string{"RUSMIL UKR 195"}},
		{"fighting in a place targets no one there", "Russian and Ukrainian troops fought in Kursk.", []string{"RUSMIL UKRMIL 190", "UKRMIL RUSMIL 190"}},
		{"past form before an adjective", "Israeli aircraft struck Syrian army positions near Damascus on Monday.", []string{"ISRMIL SYRMIL 195"}},
		{"people in a capital belong to its country", "Georgian riot police fired water cannon and pepper spray at thousands of pro-European demonstrators in central Tbilisi late on Sunday.", []string{"GEOCOP GEOCVL 175"}},
		{"meeting at a third location", "Canadian Prime Minister Mark Carney met Chinese President Xi Jinping in Seoul on Friday.", []string{"CANGOV CHNGOV 044"}},
		{"meeting at home is no third location", "Canadian Prime Minister Mark Carney met Chinese President Xi Jinping in Beijing on Friday.", []string{"CANGOV CHNGOV 040"}},
		{"the two leaders are the last dyad", "Zelensky thanked Merz for Germany's support, calling it vital for protecting Ukrainian cities from Russian missile attacks. The two leaders also signed a memorandum on air defence.", []string{"UKRGOV DEUGOV 051", "UKRGOV DEUGOV 057", "DEUGOV UKRGOV 057"}},
		{"country name shares a joined agent's role", "US and South Korean forces fired on North Korean soldiers.", []string{"KORMIL PRKMIL 193", "USAMIL PRKMIL 193"}},
		{"speaker of his country's intent", "Foreign Secretary Yvette Cooper warned that Britain would impose further sanctions on Moscow.", []string{"GBRGOV RUSGOV 1312"}},
		{"force in violation of a ceasefire", "Hamas fighters opened fire on Israeli troops near the yellow line in violation of the ceasefire.", []string{"PSEREB ISRMIL 196"}},
		{"a noun naming an earlier act targets its author", "Israeli Prime Minister Benjamin Netanyahu apologised to Qatar on Monday. Qatar's foreign ministry welcomed the apology on Tuesday.", []string{"ISRGOV QAT 055", "QATGOV ISRGOV 051"}},
		{"agent in a city", "Police in Minneapolis arrested protesters.", []string{"USACOP USACVL 173"}},
		{"a country's named armed group", "Fighters of Sudan's paramilitary Rapid Support Forces killed at least 12 civilians in El Obeid on Sunday.", []string{"SDNREB SDNCVL 190"}},
		{"joint exercise is military cooperation", "US and South Korean forces began a joint air exercise on Tuesday.", []string{"USAMIL KORMIL 062", "KORMIL USAMIL 062"}},
		{"hunger strike launched", "Georgian opposition activists launched a hunger strike.", []string{"GEOOPP GEOGOV 142"}},
		{"warning of military countermeasures", "North Korea warned Washington and Seoul that Pyongyang would take overwhelming military countermeasures.", []string{"PRK USAGOV 138", "PRK KORGOV 138"}},
		{"past form after an adverb", "JNIM militants also abducted five Malian drivers.", []string{"MLIREB MLICVL 181"}},
		{"a party's supporters act as the party", "Thousands of CHP supporters rallied in Istanbul on Wednesday.", []string{"TUROPP TURGOV 141"}},
		{"protest against an actor past the clause", "Thousands of CHP supporters rallied outside the courthouse on Wednesday, chanting slogans against Turkish President Recep Tayyip Erdogan.", []string{"TUROPP TURGOV 141"}},
		{"relative clause between subject and verb", "Moldovan President Maia Sandu, whose country lies between Romania and Ukraine, condemned Russia's attacks.", []string{"MDAGOV RUS 111"}},
		{"free relative names the target", "US Ambassador George Glass criticised what he called China's economic coercion against Japan.", []string{"USAGOV CHN 111"}},
		{"appositive between subject and verb", "Kim Yo Jong, the powerful sister of leader Kim Jong Un, on Tuesday warned Washington and Seoul that Pyongyang would take overwhelming military countermeasures.", []string{"PRKGOV USAGOV 138", "PRKGOV KORGOV 138"}},
		{"participial phrase between subject and verb", "Zelensky, speaking in Kyiv with Polish officials, accused Russia of sabotage.", []string{"UKRGOV RUS 112"}},
		{"the author of rejected claims is the target", "Nigeria's government rejected US claims that Christians were being targeted in a genocide.", []string{"NGAGOV USA 016"}},
		{"a country naming talks is a place", "Russian and Ukrainian delegates held Turkey talks on Friday.", []string{"RUSGOV UKRGOV 044", "UKRGOV RUSGOV 044"}},
		{"', and' opens a new clause, not a compound", "Kenyan police fire tear gas at Nairobi protesters.\n\nThousands of protesters marched in central Nairobi on Monday to demand the resignation of President William Ruto, and police fired tear gas.", []string{"KENCVL KENGOV 1411"}},
		{"Oxford comma list", "Britain, France, and Germany condemned Russia.", []string{"GBR RUS 111", "FRA RUS 111", "DEU RUS 111"}},
		{"attribution after a comma is no compound", "Israeli police detained 79 Palestinians, the Israeli interior ministry said.", []string{"ISRCOP PSECVL 173"}},
		{"unknown actor right before its verb is the subject", "Serbian police detain 79 as protesters demand Vucic resign", []string{"SRBCOP SRBCVL 173"}}, // not protesters demanding of police
		{"titled unknown name", "Kremlin spokesperson Dmitry Peskov criticised the European Union.", []string{"RUSGOV IGOEUREEC 111"}},
		{"a series of predicates after a content clause is the speaker's", "Trinidad's foreign minister said on Wednesday that the Trinidadian fishermen had been fishing in Trinidadian waters, called their detention unlawful and demanded that Caracas release them.", []string{"TTOGOV VENGOV 1053"}},
		{"what someone is asked to do is not done", "The Greek foreign minister held talks in Tripoli on Monday with Abdul Hamid Dbeibah and asked him to step up coast guard patrols.", []string{"GRCGOV LBYGOV 040"}},
		{"the object is the body a country owns, past a region in its name", "Thai Prime Minister Anutin Charnvirakul accused Myanmar's Democratic Karen Buddhist Army of profiting from the scams.", []string{"THAGOV MMRREB 1121"}},
		{"what a march demands is not whom it targets, and its demand is its own", "CASABLANCA: Thousands of young protesters marched through central Casablanca on Tuesday evening to demand better public hospitals and schools.", []string{"MARCVL MARGOV 1412"}},
		{"an 'after' clause has its own subject; one side of a border is ground", "NAIROBI: Kenya lodged a protest with Tanzania after Tanzanian immigration officers detained four Kenyan activists on the Tanzanian side of the Namanga border post on Monday.", []string{"KEN TZA 114", "TZACOP KENOPP 173"}},
		{"an offer to mediate is between the sides that last met", "The agriculture ministers of Poland and Ukraine held a video call on Wednesday. A Commission spokesperson said Brussels was ready to mediate.", []string{"POLGOV UKRGOV 041", "UKRGOV POLGOV 041", "IGOEUREEC POLGOV 039", "IGOEUREEC UKRGOV 039"}},
		{"protesters block border crossings: against their own government, not the country over the border", "Polish farmers have blocked three crossings on the border with Ukraine.", []string{"POLAGR POLGOV 144"}},
		{"ready to help mediate is an intent to mediate between the two", "Uzbek Foreign Minister Bakhtiyor Saidov said Tashkent was ready to help mediate between Kabul and Islamabad.", []string{"UZBGOV AFGGOV 039", "UZBGOV PAKGOV 039"}},
		{"an appeal to find a solution is an appeal to settle", "The European Commission urged Poland and Ukraine to find a solution quickly.", []string{"IGOEUREEC POL 027", "IGOEUREEC UKR 027"}},
		{"an act begun months ago is background", "Headline\n\nChina only began easing a ban on Japanese seafood in January, two years after imposing it.", nil},
		{"'would not lift the ban' is a refusal to ease it, its speaker's", "Pakistan's Interior Minister Mohsin Naqvi said on Wednesday that Pakistan would not lift the ban on the TLP.", []string{"PAKGOV PAKOPP 1241"}},
		{"a strike 'to demand action against gangs' is against the government, not the gangs", "LIMA — Thousands of bus and minibus drivers in Lima and the neighboring port of Callao went on strike Wednesday to demand government action against extortion gangs.", []string{"PERLAB PERGOV 1432"}},
		{"a city name that begins a longer one is not that city", "LIMA — Gunmen shot dead a bus driver in the San Juan de Lurigancho district on Monday. Union leaders criticised the government on Wednesday.", []string{"PERREB PERCVL 193", "PERLAB PERGOV 111"}},
		{"'he' after a titled speaker is the speaker", "The US special envoy for Syria said on Wednesday that he urged Israel and Syria to show restraint.", []string{"USAGOV ISR 0256", "USAGOV SYR 0256"}},
		{"talks about one side's land are still with each other", "Syrian and Israeli officials held talks on Tuesday on a security arrangement for southern Syria.", []string{"SYRGOV ISRGOV 040", "ISRGOV SYRGOV 040"}},
		{"two sides sign with each other, not with actors named past a comma", "Lebanon and Syria have signed a memorandum on securing their border, days after clashes between Syrian government forces and Lebanese gunmen.", []string{"LBN SYR 057", "SYR LBN 057", "SYRMIL LBNREB 190", "LBNREB SYRMIL 190"}},
		{"rejecting a protest rejects the protester's objection", "Germany summoned the Russian ambassador on Tuesday to protest against the drone flights. Russian Ambassador Sergei Nechayev rejected the protest as unfounded.", []string{"DEU RUSGOV 114", "RUSGOV DEU 120"}},
		{"an appeal to resolve differences is an appeal to settle the dispute", "The African Union called on Chad and Sudan on Tuesday to exercise restraint and to resolve their differences through dialogue.", []string{"IGOAFRAFU TCD 0256", "IGOAFRAFU SDN 0256", "IGOAFRAFU TCD 027", "IGOAFRAFU SDN 027"}},
		{"extending emergency rule imposes it", "Peru's government extended a state of emergency in Lima by 30 days on Wednesday.", []string{"PERGOV - 1724"}},
		{"a human chain is a demonstration", "Families of the Bangladeshi fishermen formed a human chain on the road to Teknaf on Monday.", []string{"BGDCVL BGDGOV 141"}},
		{"a phrase set off by commas neither hides the subject nor dates the verb", "Headline\n\nBritish Home Secretary Shabana Mahmood, on her first visit to Paris since taking the post in March, held talks with French Interior Minister Laurent Nunez on Tuesday.", []string{"GBRGOV FRAGOV 040"}},
		{"criticising an agreement names no author of it", "Britain and France signed a memorandum on Tuesday. Conservative Party leader Kemi Badenoch criticized the memorandum on Wednesday.", []string{"GBR FRA 057", "FRA GBR 057", "GBROPP GBR 111", "GBROPP FRA 111"}},
		{"a country's named armed group is the group; people seized by it are abducted", "Members of Myanmar's Arakan Army seized 14 Bangladeshi fishermen on Sunday.", []string{"MMRREB BGDCVL 181"}},
		{"officers of a country's agency are the agency's", "The UK has sanctioned 12 officers of Russia's GRU military intelligence agency.", []string{"GBR RUSSPY 163"}},
		{"a video call is a call", "The agriculture ministers of Poland and Ukraine held a video call on Wednesday.", []string{"POLGOV UKRGOV 041", "UKRGOV POLGOV 041"}},
		{"people detained by an agent are its target", "Trinidad and Tobago demanded the immediate release of six Trinidadian fishermen detained by the Venezuelan navy in the Gulf of Paria.", []string{"VENMIL TTOCVL 173"}},
		{"tear gas fired on a day to disperse a crowd is one act of repression", "Ivorian police fired tear gas on Monday to disperse hundreds of opposition supporters in Abidjan.", []string{"CIVCOP CIVOPP 175"}},
		{"', the government's spokesman said' is no list member", "Japan lodged a protest with Russia, the government's top spokesman said on Wednesday.", []string{"JPN RUS 114"}},
		{"army positions shelled are the army's", "Sudan's paramilitary Rapid Support Forces shelled army positions in El Fasher on Monday.", []string{"SDNREB SDNMIL 194"}},
		{"unions launching a strike strike", "Truck drivers' unions in Bamako launched a strike on Tuesday.", []string{"MLILAB MLIGOV 143"}},
		{"a spokesperson for a body speaks as the body, not as the dateline's country", "Headline\n\nTUNIS — A spokesman for the European Commission criticised Tunisia on Monday.", []string{"IGOEUREEC TUN 111"}},
		{"whom a state accuses is not its own force", "Headline\n\nRIGA — The Russian embassy in Riga accused border guards of mistreating an elderly woman.", []string{"RUSGOV LVAMIL 1122"}},
		{"a country owning what a dispute is over is no place", "Headline\n\nThe United States and Japan expressed concern over China's actions in the disputed waters.", []string{"JPN CHN 012", "USA CHN 012"}},
		{"a bombing nobody claimed is not the police's who made arrests", "Headline\n\nBAGHDAD — Iraqi police arrested 15 suspected militants in raids on Monday. A roadside bomb killed three soldiers near Tikrit. Iran's foreign minister condemned the bombing.", []string{"IRQCOP IRQREB 173"}},
		{"a building struck is the ground of the story's country", "Headline\n\nKHARKIV, Ukraine — Russian drones struck a power substation on the northern edge of the city overnight.", []string{"RUSMIL UKR 195"}},
		{"districts shelled along a river are the country's", "Headline\n\nODESA — Russian artillery shelled residential districts along the coast on Sunday.", []string{"RUSMIL UKR 194"}},
		{"returned fire names no ground", "Headline\n\nKHARKIV, Ukraine — Russian troops returned fire on Sunday.", nil},
		{"the dependency tree finds the subject of a relative clause", "Headline\n\nSANTIAGO — Chilean police fired tear gas at farmers who had blocked the highway with tractors.", []string{"CHLCOP CHLAGR 175", "CHLAGR CHLGOV 144"}},
		{"the dependency tree finds a subject past a possessive", "Headline\n\nSANTIAGO — On Monday night the mayor's office accused the truckers' union of blocking the port.", []string{"CHLGOV CHLLAB 112"}},
		{"a relative clause's date does not date the main verb", "Headline\n\nEcuador's President Daniel Noboa, who won re-election in March, on Wednesday accused Ecuadorian protesters of links to organised crime.", []string{"ECUGOV ECUCVL 1121"}},
		{"strikes that killed people are aimed at them, not the ground", "Israeli air strikes on residential buildings in Gaza City and Khan Younis have killed at least 12 Palestinian civilians, medical sources said.", []string{"ISRMIL PSECVL 195"}},
		{"a rejected plan is aimed at its backer", "Sudan's army chief Abdel Fattah al-Burhan on Tuesday rejected a US-backed roadmap to end the war.", []string{"SDNMIL USA 127"}},
		{"saying one is optimistic is an optimistic comment", "Armenian Prime Minister Nikol Pashinyan said on Tuesday he was optimistic that the treaty could be signed.", []string{"ARMGOV - 013"}},
		{"'was' before a participle is still a passive", "Ukrainian President Volodymyr Zelensky was criticised by Russian officials.", []string{"RUSGOV UKRGOV 111"}},
		{"an organisation ready to help a state fight cooperates militarily; the fight is its purpose, not an act", "Touray said ECOWAS was ready to help Niger fight the armed groups.", []string{"IGOWAFWAS NER 0312"}},
		{"a party's fighters are an armed group; government troops are the state's; a later clause's weapons are its own", "JUBA — Government troops and fighters of the SPLM-IO's armed wing, the SPLA-IO, clashed on Tuesday near Ulang, and the army's helicopter gunships bombed the rebels' positions.", []string{"SSDMIL SSDREB 190", "SSDREB SSDMIL 190", "SSDMIL SSDREB 195"}},
		{"a hyphen written without spaces opens no dateline", "The SPLA-IO's deputy military spokesman, Lam Paul Gabriel, accused South Sudan's army on Wednesday of shelling civilian areas.", []string{"SSDREB SSDMIL 1123"}},
		{"'armed' before group is an adjective", "Libya's government and the Radaa armed group agreed to a truce on Wednesday.", []string{"LBYGOV LBYREB 0871", "LBYREB LBYGOV 0871"}},
		{"a demand to reverse a decision asks for a policy change", "LAGOS — NLC President Joe Ajaero demanded that the government reverse the tariff increase.", []string{"NGALAB NGAGOV 1042"}},
		{"a rejected appeal with two requests is rejected as its first", "Nigeria's labour minister urged Nigerian unions on Monday to call off the strike and to return to negotiations. Nigerian union leader Joe Ajaero rejected the appeal on Tuesday.", []string{"NGAGOV NGALAB 0252", "NGAGOV NGALAB 026", "NGALAB NGAGOV 1242"}},
		{"a demand for the release of people is aimed at their captor", "Iran's Revolutionary Guards seized a tanker on Thursday and detained its 18 crew members. The UAE demanded on Friday the immediate release of the crew.", []string{"IRNMIL IRNCVL 173", "ARE IRNGOV 1053"}},
		{"criticising a verdict targets the court", "A Jordanian court sentenced 16 men on Monday. The U.N. human rights office criticised the trial on Tuesday.", []string{"IGOUNO JORJUD 111"}},
		{"the kingdom is the last monarchy named", "Syrian President Ahmed al-Sharaa visited Saudi Arabia on Tuesday. Sharaa thanked the kingdom for its support.", []string{"SYRGOV SAU 042", "SYRGOV SAU 051"}},
		{"an accusation of harassment is of aggression", "The U.S. Navy accused Iran on Thursday of harassing commercial shipping in the Gulf.", []string{"USAMIL IRN 1123"}},
		{"an accusation of inhumane treatment is of rights abuse", "Haiti's government accused the Dominican authorities of inhumane treatment of Haitian migrants.", []string{"HTIGOV DOMGOV 1122"}},
		{"an 'as' clause and a ', and' clause with their own subjects end the verb's reach", "Congolese troops withdrew from Uvira overnight as the rebels advanced from the north, and thousands of civilians fled into Burundi.", nil},
		{"force used to disperse them is the firers' on the crowd", "NAIROBI — Thousands of protesters marched in central Nairobi on Monday, and Kenyan police fired tear gas and water cannon to disperse them.", []string{"KENCVL KENGOV 141", "KENCOP KENCVL 175"}},
		{"a fishing boat and its crew are its fishermen; an adjective may come between a country and its agent", "JAKARTA — Malaysian maritime officers seized an Indonesian fishing boat and detained its nine crew on Tuesday.", []string{"MYSMIL IDNCVL 1711", "MYSMIL IDNCVL 173"}},
		{"a foreign state asks the captors' government for the crew's release", "TAIPEI — Chinese coast guard officers seized a Taiwanese fishing boat and detained its five crew on Monday. The United States called for the crew's release.", []string{"CHNMIL TWNCVL 1711", "CHNMIL TWNCVL 173", "USA CHNGOV 0253"}},
		{"a plural opening the sentence before a past form is the subject; a raid on insurgent camps targets the insurgents", "MAIDUGURI, Nigeria — Troops raided two insurgent camps near Lake Chad on Tuesday.", []string{"NGAMIL NGAREB 190"}},
		{"both countries are the bare states, whatever forces of theirs clashed", "Ethiopian militiamen and Sudanese troops clashed near the border on Saturday. IGAD urged both countries to exercise restraint.", []string{"ETHREB SDNMIL 190", "SDNMIL ETHREB 190", "IGOEAFDEVIAD ETH 0256", "IGOEAFDEVIAD SDN 0256"}},
		{"people arrested, including a named part, are two targets; a participle listed after a finite verb's object is no act", "LA PAZ — Police arrested 23 people, including two union leaders, as they removed rocks and burning tyres from the highway on Wednesday.", []string{"BOLCOP BOLCVL 173", "BOLCOP BOLLAB 173"}},
		{"a meeting hosted by a third state: the host receives each side", "ISTANBUL — Russian and Ukrainian delegations held talks in Istanbul on Wednesday, in a meeting hosted by Turkey.", []string{"RUSGOV UKRGOV 044", "UKRGOV RUSGOV 044", "TUR RUSGOV 043", "TUR UKRGOV 043"}},
		{"a third party's act towards two sides makes them the article's pair", "ANKARA — Turkey's foreign minister praised the Russian and Ukrainian delegations on Wednesday. The two delegations agreed to meet again in July.", []string{"TURGOV RUSGOV 051", "TURGOV UKRGOV 051", "RUSGOV UKRGOV 036", "UKRGOV RUSGOV 036"}},
		{"a generic party name after 'ruling' in a datelined story is the dateline country's; a relative clause opened by a preposition is skipped to the subject", "Verdict reactions\n\nSEOUL — The ruling Democratic Party welcomed the talks. The main opposition Democratic Party, to which Lee belonged, accused the government of using the courts for revenge.", []string{"KOROPP KORGOV 112"}},
		{"calling a decision a hostile act denounces its author; welcoming a step praises whoever took it", "BAMAKO — Mali's junta expelled three French diplomats on Monday. France called the decision \"a hostile act\". The PKK began disarming on Monday. Turkey welcomed the step.", []string{"MLIGOV FRAGOV 174", "FRA MLIGOV 111", "TURREB TUR 0873", "TUR TURREB 051"}},
		{"'the two' in the article's first sentence are the two it names; convening a joint committee is meeting; The Hague is the Dutch government", "AMMAN — Jordan's foreign minister spoke by telephone with his Syrian counterpart on Wednesday, and the two agreed to convene their countries' joint security committee in Amman next week. The Hague remained ready to hold talks with Beijing.", []string{"JORGOV SYRGOV 041", "JORGOV SYRGOV 036", "SYRGOV JORGOV 036", "NLDGOV CHNGOV 036"}},
		{"talks a state offers to host are not held", "Turkey's foreign minister said Ankara was ready to host further rounds of talks between Russia and Ukraine.", []string{"TURGOV RUS 039", "TURGOV UKR 039"}},
		{"suspending mobile internet restricts freedoms, aimed at no one named; extending an emergency decree or voting to extend a state of emergency is emergency rule", "SANTIAGO — Authorities suspended mobile internet services across the region on Monday. The cabinet also on Tuesday extended for three more months the emergency decree. Congress voted on Thursday to extend for another 15 days the state of emergency.", []string{"CHLGOV - 1721", "CHLGOV - 1724", "CHLLEG - 1724"}},
		{"former officials are elites; a captain is of the boat seized; charging someone is legal action, whatever 'that' comes later", "DAKAR — A judge charged two former senior finance ministry officials with forgery over debt figures that the IMF questioned. Senegalese coast guard officers seized a Gambian fishing boat on Monday. Police charged the captain on Tuesday with illegal fishing.", []string{"SENJUD SENELI 173", "SENMIL GMBCVL 1711", "SENCOP GMBCVL 173"}},
		{"a region is no antecedent of 'its'; an attack on 'its positions' hits the owner's army; 'the attackers' are the armed group just named", "In a statement, the Sudanese army said militiamen from Ethiopia's Amhara region attacked its positions near Barakat Nourein on Saturday, and that its forces repelled the assault and killed dozens of the attackers.", []string{"ETHREB SDNMIL 190", "SDNMIL ETHREB 190"}},
		{"a titled stranger a visitor meets is the host country's; storming 'the post' attacks the army", "PORT VILA, Vanuatu — Australian Foreign Minister Penny Wong arrived on Wednesday. Wong also met President Nikenike Vurobaravu on Thursday morning.", []string{"AUSGOV VUTGOV 040"}},
		{"gunmen storming 'the post' attack their state's army", "COTONOU, Benin — Gunmen stormed the post at Koudou on Sunday.", []string{"BENREB BENMIL 190"}},
		{"people detained with no agent, after the sentence's own enforcer acted, are its detainees", "PARIS — Gendarmes fired tear gas to clear the roadblocks and four people were detained, the prefecture said.", []string{"FRACOP FRACVL 175", "FRACOP FRACVL 173"}},
		{"owners listed after an agent's 'of' join the compound; a release asked with no captor told is asked of the prisoner's state", "DAR ES SALAAM — The European Union delegation and the embassies of Britain, Canada and the United States called for Lissu's release.", []string{"IGOEUREEC TZAGOV 0253", "GBRGOV TZAGOV 0253", "CANGOV TZAGOV 0253", "USAGOV TZAGOV 0253"}},
		{"stones thrown at officers in a protest are a violent protest against its police; a seized boat released goes back to its people", "TROMSO, Norway — Norwegian coast guard officers seized a Russian fishing boat on Monday. Police released the trawler on Wednesday.", []string{"NORMIL RUSCVL 1711", "NORCOP RUSCVL 0842"}},
		{"stones thrown at officers are a violent protest against the police", "SANTIAGO — Residents threw stones at officers on Thursday.", []string{"CHLCVL CHLCOP 145"}},
		{"help is as specific as what it helps do: strengthening a border is security cooperation", "MOSCOW — Russia said it was ready to help Dushanbe strengthen the border.", []string{"RUS TJKGOV 0312"}},
		{"a mission from a body is the body's", "BANJUL — A pre-election mission from the Economic Community of West African States met the electoral commission's chairman on Tuesday.", []string{"IGOWAFWAS GMBGOV 040"}},
		{"a relative clause's subject is the noun it hangs on, even inside a phrase", "BANJUL — Police fired tear gas at protesters, who threw stones at officers.", []string{"GMBCOP GMBCVL 175", "GMBCVL GMBCOP 145"}},
		{"an appeal to let observers in asks for international involvement", "WASHINGTON — The State Department urged Honduran authorities to let international observers follow every stage of the review.", []string{"USAGOV HNDGOV 0255"}},
		{"police responding with tear gas repress the article's protesters", "ATHENS — Thousands of protesters marched to parliament on Saturday. Police responded with tear gas and stun grenades.", []string{"GRCCVL GRCLEG 141", "GRCCOP GRCCVL 175"}},
		{"a fine is an administrative sanction; 'the charity' is the charity named before", "ROME — The German charity Sea-Watch said its ship was held. Italian authorities fined the charity 10,000 euros.", []string{"ITAGOV DEUNGO 172"}},
		{"coast guard cutters shadowing ships show force; blocking a cargo vessel is a blockade", "TAIPEI — Chinese coast guard ships blocked a Taiwanese cargo vessel on Tuesday. Two Taiwanese coast guard cutters shadowed the Chinese ships.", []string{"CHNMIL TWN 191", "TWNMIL CHN 150"}},
		{"an inquiry into an incident or into deaths that names no suspect has no target", "TRIPOLI — Libya's interior ministry opened an inquiry into the incident on Monday. Brazilian prosecutors opened an investigation into the deaths.", []string{"LBYGOV - 093", "BRAJUD - 092"}},
		{"a passive arrest told by the police is the police's", "BANJUL — Police said 23 people were arrested at the scene.", []string{"GMBCOP GMBCVL 173"}},
		{"talks hosted by one state and mediated by another: the host and the mediator to each side", "BAKU — Israeli and Syrian officials held talks in Baku on Tuesday. The talks in Baku, hosted by Azerbaijan and mediated by the U.S. special envoy for Syria, focused on southern Syria.", []string{"ISRGOV SYRGOV 044", "SYRGOV ISRGOV 044", "AZE ISRGOV 043", "AZE SYRGOV 043", "USAGOV ISRGOV 045", "USAGOV SYRGOV 045"}},
		{"'Russia-Ukraine negotiations' are between the two; an offer to host them is to each", "ANKARA — Erdogan said Turkey was ready to host a new round of Russia-Ukraine negotiations in Istanbul.", []string{"TURGOV RUS 039", "TURGOV UKR 039"}},
		{"condemning 'what it called a massacre' condemns the attacker", "KINSHASA — ADF fighters killed at least 40 villagers in Lubero on Sunday. Congo's government condemned what it called a barbaric massacre.", []string{"CODREB CODCVL 190", "CODGOV CODREB 111"}},
		{"a bare foreign ministry summoning another state's envoy is the host's", "THE HAGUE — China threatened countermeasures on Tuesday. The foreign ministry summoned China's ambassador in The Hague on Wednesday.", []string{"NLDGOV CHNGOV 114"}},
		{"an attack 'claimed by' a group is its claim of responsibility", "PESHAWAR — A suicide bomber killed six soldiers at a checkpoint in North Waziristan on Tuesday. The attack was claimed by a faction of the Pakistani Taliban.", []string{"PAKREB PAKMIL 1831", "PAKREB - 015"}},
		{"weapons seized after the act are no weapon used", "AMMAN — Jordanian troops exchanged fire with Syrian smugglers on Tuesday, killing four of them, and seized two assault rifles.", []string{"JORMIL SYRCRM 190", "SYRCRM JORMIL 190", "JORMIL SYRCRM 1711"}},
		{"a cross-border group is the insurgency of the country it acts in", "MANDERA, Kenya — Al-Shabaab militants ambushed a Kenyan police patrol near Mandera on Monday.", []string{"KENREB KENCOP 190"}},
		{"a cross-border group at home keeps its code", "MOGADISHU — Al-Shabaab militants ambushed a Somali army convoy near Afgoye on Monday.", []string{"SOMREB SOMMIL 190"}},
		{"plain people an armed group abducts are its country's civilians", "BAMAKO — JNIM militants abducted five drivers near Kayes on Monday.", []string{"MLIREB MLICVL 181"}},
		{"a military post attacked or captured is its army's", "Arakan Army fighters captured a naval base on the outskirts of Kyaukphyu in Myanmar on Friday.", []string{"MMRREB MMRMIL 192"}},
		{"rebels burning their own weapons disarm towards the state they fought, in a place named with 'of'", "About 50 fighters of the Kurdistan Workers' Party (PKK) burned their rifles at a ceremony in the mountains of northern Iraq on Monday.", []string{"TURREB TUR 0873"}},
		{"a demand's that-clause verb, even one read as a noun, says what is demanded", "TRIPOLI — Prime Minister Abdul Hamid Dbeibah demanded that all armed groups in the capital hand their heavy weapons over to the state.", []string{"LBYGOV LBYREB 1056"}},
		{"the bloc an IGO's official named in the same sentence", "EU foreign policy chief Kaja Kallas said on Monday the bloc would give Moldova an additional 15 million euros.", []string{"IGOEUREEC MDA 0331"}},
		{"a country's intent told without 'that' is its speaker's", "Turkish President Recep Tayyip Erdogan said Turkey would release sick and elderly PKK prisoners.", []string{"TURGOV TURREB 0353"}},
		{"a ceasefire two sides agree to is declared by each to the other", "Libya's Tripoli-based Government of National Unity and the Radaa armed group agreed to a ceasefire on Wednesday.", []string{"LBYGOV LBYREB 0871", "LBYREB LBYGOV 0871"}},
		{"a title before an unknown name in apposition acts; an IGO can be one of the two sides; a corridor's ends are no target", "The president of the ECOWAS Commission, Omar Alieu Touray, held talks with Niger's military ruler General Abdourahamane Tiani in Niamey on Tuesday. The two sides agreed to reopen a trade corridor linking Niger to the port of Cotonou in Benin.", []string{"IGOWAFWAS NERGOV 040", "IGOWAFWAS NERGOV 0311", "NERGOV IGOWAFWAS 0311"}},
		{"a general strike against a government is a labour strike", "The Histadrut declared a general strike against the Israeli government.", []string{"ISRLAB ISRGOV 143"}},
		{"an army named only by its strikes is the article's army; nobody strikes itself", "Israeli air strikes killed 30 people in Gaza on Monday. Troops pressed on with an offensive in Gaza City on Tuesday.", []string{"ISRMIL PSECVL 195"}},
		{"'it' after telling someone that is the teller; a progressive is a verb; 'the X government said' is no list", "China notified Japan on Wednesday that it was suspending imports of Japanese seafood, the Japanese government said.", []string{"CHN JPN 163"}},
		{"an organ of the agency acts for it and a resolution's author demands", "The IAEA met in Vienna on Thursday. The agency's Board of Governors passed a resolution demanding that Iran give inspectors access to bombed sites.", []string{"IGOUNOIAE IRN 1055"}},
		{"each request of a demand's that-clause is asked, not done", "The IAEA demanded that Iran disclose its stock of uranium and give inspectors access to sites bombed by Israel.", []string{"IGOUNOIAE IRN 101", "IGOUNOIAE IRN 1055"}},
		{"bare troops are the speaking army's, and its soldiers in a city are its own", "The Israeli military said Hamas fighters had opened fire on troops near Rafah. It said the attack on its soldiers in Rafah violated the truce.", []string{"PSEREB ISRMIL 193"}},
		{"a detention told by a participle is an act of its own", "Yemen's Houthi group stormed a United Nations compound in the capital Sanaa on Wednesday, detaining 20 U.N. staff members.", []string{"YEMREB IGOUNO 190", "YEMREB IGOUNO 173"}},
		{"each of two sides freed the other's soldiers", "Russia and Ukraine each freed 185 prisoners of war on Thursday.", []string{"RUS UKRMIL 0841", "UKR RUSMIL 0841"}},
		{"moving forces to a border targets nobody", "The Dominican government sent 1,000 more soldiers to the border with Haiti on Monday.", []string{"DOMGOV - 154"}},
		{"fighting smuggling on a border is no war with the neighbour", "Jordan has fought a growing smuggling trade along its border with Syria.", nil},
		{"a pronoun skips the relative clause of its antecedent", "Brazil, which borders Guyana and Venezuela, said on Wednesday it had reinforced its troops in the northern state of Roraima.", []string{"BRA - 154"}},
		{"a name in apposition after a country is no list", "The U.N. special envoy on Myanmar, Julie Bishop, urged the Myanmar military to halt air strikes on civilians.", []string{"IGOUNO MMRMIL 0256"}},
		{"a mediator of talks the article told mediates between their parties", "Myanmar's military government and the TNLA agreed to a ceasefire on Tuesday. The talks were brokered by China.", []string{"CHN MMRGOV 045", "CHN MMRREB 045", "MMRGOV MMRREB 0871", "MMRREB MMRGOV 0871"}},
		{"a title and the name in apposition are one person", "The agreement followed mediation by Turkey, whose intelligence chief, Ibrahim Kalin, met Prime Minister Abdul Hamid Dbeibah in Tripoli on Tuesday.", []string{"TURSPY LBYGOV 040"}},
		{"aid goes to the country before what it is for", "Mexico and Brazil said on Monday they would send medicine to Cuba as humanitarian aid, to help hospitals.", []string{"MEX CUB 0333", "BRA CUB 0333"}},
		{"an exchange of fire with someone is mutual, even when one side was killed in it", "Six Maoists were killed in an exchange of fire with Indian police commandos on Tuesday.", []string{"INDREB INDCOP 190", "INDCOP INDREB 190"}},
		{"ground named by a nationality is no side", "Three Pakistani soldiers were killed in clashes near the Afghan border.", nil},
		{"an unknown name acts for the body its appositive names, later too", "Petar Petkovic, a Serbian government official, condemned Kosovo police. Petkovic also accused Kosovo of provocations.", []string{"SRBGOV KSVCOP 111", "SRBGOV KSV 112"}},
		{"what a demand asks for is not done, even when the demand has no source", "Petar Petkovic demanded that the Kosovo authorities release the man immediately.", nil},
		{"having no links is a denial", "Hamas said it had nothing to do with the attack.", []string{"PSEREB - 016"}},
		{"a former police officer is a civilian", "Kosovo police arrested a former Serbian police officer on Tuesday.", []string{"KSVCOP SRBCVL 173"}},
		{"a former minister is an elite", "Kosovo police arrested a former Serbian minister on Tuesday.", []string{"KSVCOP SRBELI 173"}},
		{"troops sent at a state's request protect it", "Rwanda's defence ministry said it had sent 600 additional troops to Cabo Delgado at Mozambique's request.", []string{"RWAGOV MOZ 074"}},
		{"welcoming an agreement praises both parties", "India and China agreed on Tuesday to reopen three border trading points. The United States welcomed the agreement on Wednesday.", []string{"IND CHN 0311", "CHN IND 0311", "USA IND 051", "USA CHN 051"}},
		{"a called-off strike eases dissent towards the own government", "Nigerian unions called off the strike on Monday.", []string{"NGALAB NGAGOV 082"}},
		{"a rejected demand is coded by what was demanded", "The UAE demanded that Iran release the crew immediately. Iran rejected the UAE demand hours later.", []string{"ARE IRN 1053", "IRN ARE 1243"}},
		{"a domestic strike is against the own government", "Fishermen's unions in Rameswaram began an indefinite strike on Monday.", []string{"INDLAB INDGOV 143"}},
		{"a ministry summons an envoy", "The Philippine Department of Foreign Affairs summoned the Chinese ambassador on Tuesday.", []string{"PHLGOV CHNGOV 114"}},
		{"summoning an embassy's head", "Cuba's foreign ministry summoned the head of the U.S. Embassy in Havana on Tuesday.", []string{"CUBGOV USAGOV 114"}},
		{"a claim of responsibility names the attacker, and hitting back does not change it", "The BLA claimed responsibility for the attack. Pakistani security forces killed four militants. Prime Minister Shehbaz Sharif condemned the attack.", []string{"PAKREB - 015", "PAKCOP PAKREB 190", "PAKGOV PAKREB 111"}},
		{"ordering an envoy out", "Mali's military government ordered the French ambassador to leave the country within 72 hours.", []string{"MLIGOV FRAGOV 174"}},
		{"the people killed right after the verb are its target", "BAMAKO — The army said it had killed dozens of militants in air strikes near the border with Niger.", []string{"MLIMIL MLIREB 195"}},
		{"a country in a sea's name is a place", "Iran seized a tanker in the Gulf of Oman on Sunday.", []string{}},
		{"marchers are protesters", "Ethiopian soldiers detained at least 30 marchers on Wednesday.", []string{"ETHMIL ETHCVL 173"}},
		{"entry bans are sanctions; 're-' verbs", "Lithuania imposed entry bans on Georgian judges. The Chadian government reimposed a state of emergency in the province.", []string{"LTU GEOJUD 163", "TCDGOV - 1724"}},
		{"a denied link names no accuser", "Ecuador's miners' federation denied any link to the Los Lobos gang.", []string{"ECULAB - 016"}},
		{"pushing a crowd back with pepper spray", "Venezuelan troops pushed the protesters back with pepper spray.", []string{"VENMIL VENCVL 175"}},
		{"halting imports from a country", "China halted imports of rare earth ore from Myanmar on Monday.", []string{"CHN MMR 163"}},
		{"gasoline bombs thrown at police", "Indonesian protesters threw stones and gasoline bombs at Indonesian police.", []string{"IDNCVL IDNCOP 145"}},
		{"standing in solidarity with a state", "A NATO spokesperson said the alliance stood in solidarity with Poland.", []string{"IGOWSTNAT POL 051"}},
		{"ordering reinforcements", "The Chadian president ordered reinforcements to the islands on Monday.", []string{"TCDGOV - 154"}},
		{"asking two parties to impose sanctions on a third", "France urged the United States and the European Union to impose sanctions on Israel.", []string{"FRA IGOEUREEC 022", "FRA USA 022"}},
		{"', and accused' after a that-clause is the speaker's, even read as a participle", "President Alexander Lukashenko said on Wednesday, as he watched part of the drills, that they were purely defensive, and accused Poland of turning its border into a military camp.", []string{"BLRGOV POL 112"}},
		{"condemning a day's strike targets the striker", "Myanmar's military bombed a market in Bhamo on Tuesday, killing 20 people. The U.N. human rights office in Geneva condemned Tuesday's strike.", []string{"MMRMIL MMRCVL 195", "IGOUNO MMRMIL 111"}},
		{"condemning an arson targets the arsonists", "Israeli settlers set fire to Palestinian cars in Kafr Malik on Wednesday. The Palestinian Foreign Ministry condemned the arson as state-sponsored terror.", []string{"ISRCVL PSE 1712", "PSEGOV ISRCVL 111"}},
		{"condemning a bill targets the government that brought it", "Czech lawmakers debated a bill to abolish the licence fee on Monday. Czech Prime Minister Andrej Babis defended it. Reporters Without Borders condemned the bill.", []string{"NGOHRIMED CZEGOV 111"}},
		{"criticism held since a date is a standing position", "Maldivian journalists have criticised the law since it was passed.", nil},
		{"welcoming the outcome of talks praises the other side", "Indian and Bangladeshi officials held talks in Dhaka on Wednesday. In New Delhi, an Indian foreign ministry spokesman welcomed the outcome of the talks.", []string{"BGDGOV INDGOV 040", "INDGOV BGDGOV 040", "INDGOV BGDGOV 051"}},
		{"a vow that one's army will hunt down an armed group is the speaker's threat of force", "Boko Haram fighters attacked a Nigerian army post in Borno on Wednesday. Nigerian President Bola Tinubu vowed that the army would hunt down the militants.", []string{"NGAREB NGAMIL 190", "NGAGOV NGAREB 138"}},
		{"vowing to crush militants threatens force", "Boko Haram fighters killed 30 Nigerian soldiers in Borno on Monday. Nigerian President Bola Tinubu vowed on Tuesday to crush the militants.", []string{"NGAREB NGAMIL 190", "NGAGOV NGAREB 138"}},
		{"'his country' is the speaker's, and a renewed offer to mediate is between the parties mediated before", "The Houthis released three UN staff after mediation by Oman. Oman's foreign minister, Badr Albusaidi, said his country was ready to keep mediating until all the staff were free.", []string{"OMN IGOUNO 045", "OMN YEMREB 045", "OMNGOV IGOUNO 039", "OMNGOV YEMREB 039", "YEMREB IGOUNO 0841"}},
		{"navy boats act for their navy, and blocking a patrol restricts movement", "Guatemalan navy boats blocked a Belizean coast guard patrol on the Sarstoon River.", []string{"GTMMIL BLZMIL 191"}},
		{"'near occupied Crimea' tells no occupation", "Ukraine's navy said it had struck a Russian navy patrol boat near occupied Crimea with naval drones.", []string{"UKRMIL RUSMIL 195"}},
		{"a counted crowd protests as civilians of the place", "Tens of thousands protested in Slovakia on Sunday against the bill.", []string{"SVKCVL SVKGOV 1412"}},
		{"a strike on a bus hits its passengers, civilians of the place", "A Russian drone struck a municipal bus in Kherson on Thursday.", []string{"RUSMIL UKRCVL 195"}},
		{"a compound addressee right before 'for'", "Zelensky asked Britain and Germany for more short-range air defence systems.", []string{"UKRGOV DEU 0232", "UKRGOV GBR 0232"}},
		{"an ammunition depot stands for the army that holds it", "Ukraine's General Staff said its drones had hit a Russian ammunition depot near Oleshky on Thursday.", []string{"UKRMIL RUSMIL 195"}},
		{"repelling an assault codes the assault and the fight against it", "Ukrainian troops repelled a Russian assault on an island in the Dnipro delta overnight.", []string{"RUSMIL UKRMIL 190", "UKRMIL RUSMIL 190"}},
		{"taking all necessary measures to protect one's own is a threat to the other side", "Norway's coast guard detained a Russian trawler on Monday. The Kremlin said on Wednesday that Russia would take all necessary measures to protect its fishermen.", []string{"NORMIL RUS 1711", "RUSGOV NORMIL 130"}},
		{"a vow to continue operations against rebels threatens force", "Central African troops clashed with Central African rebels near Bria on Sunday. The Central African army said on Monday it would continue operations against the rebels.", []string{"CAFMIL CAFREB 190", "CAFREB CAFMIL 190", "CAFMIL CAFREB 138"}},
		{"intercepting a boat seizes it; intercepted missiles are no event", "The Malaysian navy intercepted an Indonesian fishing boat off Ambalat on Monday. Israel intercepted two Iranian drones on Tuesday.", []string{"MYSMIL IDNCVL 1711"}},
		{"moving troops to a border deploys them; moving a company is nothing", "Lithuania said on Thursday it would move additional troops to its border with Belarus. The company moved its headquarters to Dubai.", []string{"LTU - 154"}},
		{"condemning the attack targets the last assailant, not the police who made arrests after it", "Haitian gang members attacked a Haitian police post in Liancourt on Sunday. Haitian police arrested four suspects on Monday. The Caribbean Community condemned the attack.", []string{"HTICRM HTICOP 190", "HTICOP HTICVL 173", "IGOCRB HTICRM 111"}},
		{"gunmen in a story of bandits are criminals", "Nigerian gunmen opened fire on Nigerian police officers in Kwara on Monday. The bandits abducted four Chinese workers.", []string{"NGACRM CHNCVL 181", "NGACRM NGACOP 193"}},
		{"two states agreeing to extend a joint operation cooperate militarily", "ADF rebels killed 40 villagers in Lubero on Sunday. President Felix Tshisekedi spoke by telephone with Ugandan President Yoweri Museveni on Tuesday. The two leaders agreed to extend the joint operation by six months.", []string{"CODGOV UGAGOV 041", "CODGOV UGAGOV 0312", "UGAGOV CODGOV 0312"}},
		{"'the council' is the council the article named", "Honduras's National Electoral Council resumed the count on Monday. Opposition candidate Salvador Nasralla demanded that the council open an investigation into tally sheets.", []string{"HNDOPP HNDGOV 101"}},
		{"a party the dictionary lacks is the story's country's opposition", "TEGUCIGALPA, Honduras (AP) — Honduran police fired tear gas on Monday at hundreds of Liberal Party supporters outside the warehouse.", []string{"HNDCOP HNDOPP 175"}},
		{"observers from an organisation are the organisation", "European Union observers on Friday praised Nepal's Election Commission. Observers from the Organization of American States urged Honduran police to act with restraint.", []string{"IGOEUREEC NPLGOV 051", "IGOOAS HNDCOP 0256"}},
		{"an appeal for aid to donors no one names", "Fiji's government appealed to development partners for relief supplies on Tuesday.", []string{"FJIGOV - 0233"}},
		{"'the two envoys' are the pair that met", "Turkish envoy Serdar Kilic met his Armenian counterpart Ruben Rubinyan on Tuesday. The two envoys agreed to hold another round of talks in Yerevan.", []string{"TURGOV ARMGOV 040", "TURGOV ARMGOV 036", "ARMGOV TURGOV 036"}},
		{"pensioners are civilians", "Argentine police fired rubber bullets at pensioners protesting outside Congress on Wednesday.", []string{"ARGCOP ARGCVL 175", "ARGCVL ARGGOV 141"}},
		{"calling or describing an act by a denouncing name criticises its author", "Russian drones struck Kyiv on Monday. Zelensky called the attack a war crime. Serbia's president Aleksandar Vucic described the strike as shameful.", []string{"RUSMIL UKR 195", "UKRGOV RUSMIL 111", "SRBGOV RUSMIL 111"}},
		{"'what it called' names the act condemned, no second act", "Filipino soldiers killed five farmers in Negros on Sunday. Karapatan condemned what it called the massacre of civilians.", []string{"PHLMIL PHLAGR 190", "PHLNGO PHLMIL 111"}},
		{"a past form the lemmatizer does not know", "French President Emmanuel Macron telephoned Vladimir Putin on Monday.", []string{"FRAGOV RUSGOV 041"}},
		{"yesterday between subject and verb", "Bulgaria yesterday summoned North Macedonia's ambassador in Sofia.", []string{"BGR MKDGOV 114"}},
		{"'X and his counterpart' is a pair", "Turkish envoy Serdar Kilic and his Armenian counterpart Ruben Rubinyan met on Tuesday.", []string{"ARMGOV TURGOV 040", "TURGOV ARMGOV 040"}},
		{"'the Government' of a datelined paper is the home one, not the last donor's", "Cyclone relief\n\nSUVA — Japan's embassy said Tokyo would provide tents. In a statement yesterday, the Leader of the Opposition criticised the Government for taking two days to reach the outer islands.", []string{"JPNGOV FJI 0333", "FJIOPP FJIGOV 111"}},
		{"relief with no recipient named goes to the datelined country", "Cyclone relief\n\nSUVA — Australia announced $A5 million in humanitarian assistance yesterday.", []string{"AUS FJI 0333"}},
		{"an air force's C-130 that lands with relief delivers it", "A Royal Australian Air Force C-130 Hercules landed at Labasa Airport with tarpaulins and hygiene kits.", []string{"AUSMIL FJI 073"}},
		{"a noun before 'supplies' after a past verb makes it a noun", "Cyclone relief\n\nSUVA — Australia flew emergency supplies into Vanua Levu yesterday.", []string{"AUS FJI 073"}},
		{"'The X's commissioner' acts for X", "The Council of Europe's human rights commissioner urged Latvia to halt the removals.", []string{"IGOEURCOE LVA 0242"}},
		{"the grounds of an accusation go on past 'and'", "Colombian rebels accused Colombia's army of raiding a village and shooting three Colombian farmers.", []string{"COLREB COLMIL 1123"}},
		{"a warship sent to the area is a deployment with no target", "The Indonesian navy said it had sent a corvette to the area on Wednesday.", []string{"IDNMIL - 154"}},
		{"the lede's general 'killed' gives way to the body's weapon", "Ambush in Abra\n\nMANILA — Philippine communist rebels killed four soldiers on Tuesday. The New People's Army fighters opened fire on the soldiers with rifles on Tuesday.", []string{"PHLREB PHLMIL 193"}},
		{"a rally outside a court is aimed at the court", "South Korean protesters rallied outside the courthouse in Seoul on Monday.", []string{"KORCVL KORJUD 141"}},
		{"a blockade demanding that the troops leave is aimed at the army", "Blockade in Cauca\n\nColombian troops patrolled El Plateado. Residents blocked the access road to the base on Tuesday to demand that the troops leave.", []string{"COLCVL COLMIL 1442"}},
		{"an appeal for a fair trial is an appeal for rights", "The European Commission urged Ankara to ensure a fair and transparent trial.", []string{"IGOEUREEC TURGOV 0243"}},
		{"a reiterated demand is a demand, as specific as what it asks", "Azerbaijani President Ilham Aliyev reiterated his demand that Armenia change its constitution.", []string{"AZEGOV ARM 1044"}},
		{"the lede's general blockade gives way to the body's specific one", "Blockades\n\nLA PAZ — Bolivian coca growers blocked highways on Thursday. The growers blocked six points on the highway between Cochabamba and Santa Cruz on Thursday to demand the repeal of the coca law.", []string{"BOLAGR BOLGOV 1442"}},
		{"a lone journalist is of the story's country", "TUNIS — A court in Tunis on Tuesday sentenced a prominent radio commentator to two years in prison.", []string{"TUNJUD TUNMED 116"}},
		{"a warning after a comma is the speaker's, not the listener's", "LA PAZ — A leader of the coca growers told a local radio station, warning that the blockades would continue.", []string{"BOLAGR BOLGOV 133"}},
		{"a claim made on one's own radio is made to no one", "Al-Shabaab claimed responsibility for the bombing in a statement on its radio station.", []string{"SOMREB - 015"}},
	}
	c := defaultCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, events := c.Code(&parley.Article{ID: "t", Text: tt.text, Published: published})
			got := triples(events)
			sort.Strings(tt.want)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%s\n got: %v\nwant: %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestSample codes the product's first example and checks the events an
// analyst expects, and that background and hopes are not coded.
func TestSample(t *testing.T) {
	b, err := os.ReadFile("../../shared/samples/zelensky-istanbul-talks.txt")
	if err != nil {
		t.Skipf("sample not available (../shared absent): %v", err)
	}
	c := defaultCoder(t)
	_, events := c.Code(&parley.Article{ID: "zelensky-istanbul-talks", Text: string(b), Published: published})
	got := map[string]bool{}
	for _, tr := range triples(events) {
		got[tr] = true
	}
	for _, want := range []string{
		"UKRGOV RUSGOV 036", "UKRGOV TURGOV 036", "UKRGOV RUSGOV 112",
		"GBRGOV UKR 042", "DEUGOV UKR 042", "POLGOV UKR 042", "FRAGOV UKR 042",
		"USAGOV TUR 036",
	} {
		if !got[want] {
			t.Errorf("missing %s", want)
		}
	}
	for _, e := range events {
		if e.Sentence == 7 || e.Sentence == 8 || e.Sentence == 18 {
			t.Errorf("coded background or hope in sentence %d: %s %s", e.Sentence, e.Code, e.Evidence.Trigger)
		}
		if e.Target != nil && e.Target.Text == "Istanbul" && e.Code != "036" && e.Code != "042" {
			t.Errorf("Istanbul made a target of %s", e.Code)
		}
	}
	if len(events) > 12 {
		t.Errorf("%d events: too many extras\n%v", len(events), triples(events))
	}
	t.Logf("%d events: %v", len(events), triples(events))
}

// TestAgentPhraseSpan checks that an agent given its country by a
// preposition ("students in Moscow") is reported with the whole phrase, so
// the evidence shows who was acted on, not only where.
func TestAgentPhraseSpan(t *testing.T) {
	text := "Russian police arrested students in Moscow on Monday."
	_, events := defaultCoder(t).Code(&parley.Article{ID: "t", Text: text, Published: published})
	if len(events) != 1 || events[0].Target == nil {
		t.Fatalf("want one event with a target, got %v", triples(events))
	}
	tgt := events[0].Target
	if tgt.Code != "RUSEDU" || tgt.Text != "students in Moscow" || text[tgt.Start:tgt.End] != tgt.Text {
		t.Errorf("target %+v, want RUSEDU \"students in Moscow\" with matching offsets", *tgt)
	}
}

// TestIntentDating checks that a reported intent whose own clause names no
// time is dated by the statement that reports it (with or without "that"),
// one that names a time by that time, and that a dateline dates no act.
func TestIntentDating(t *testing.T) {
	pub := time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct{ text, date string }{
		{"Foreign Secretary Yvette Cooper announced the sanctions on Thursday and warned that Britain would impose further sanctions on Moscow.", "2025-11-20"},
		{"Zelensky said on Monday that he would travel to Istanbul on Thursday.", "2025-11-17"},
		{"Erdogan will visit Kyiv next week.", "2025-11-21"},
		{"Mexico said on Monday it would send fuel to Cuba as humanitarian aid.", "2025-11-17"},
		{"Headline\n\nNIAMEY, Nov 21 (Reuters) - The president of the ECOWAS Commission arrived in Niamey on Tuesday.", "2025-11-18"},
		// A participle after a past act is told of that act's day, not a
		// weekday to come.
		{"Headline\n\nSANAA — Houthi fighters entered a U.N. compound in Sanaa on Wednesday, detaining 20 staff.", "2025-11-19"},
		// A reported act is never in the future.
		{"Headline\n\nMEXICO CITY — President Claudia Sheinbaum accused Mexico's opposition of using the teachers ahead of next year's midterm elections.", "2025-11-21"},
		// An irregular past read as a present is still past.
		{"Headline\n\nRABAT — Algerian border guards shot a Moroccan man on Wednesday.", "2025-11-19"},
		// A protest announced is dated by the statement's own time.
		{"Headline\n\nTEHRAN — Iranian truck drivers said on Wednesday the strike would continue.", "2025-11-19"},
		// What was said is dated by its own clause's time before the saying's.
		{"Headline\n\nQUITO — Police said on Thursday that officers had detained 12 Colombian smugglers in a raid on Tuesday night.", "2025-11-18"},
	}
	for _, tt := range tests {
		_, events := defaultCoder(t).Code(&parley.Article{ID: "t", Text: tt.text, Published: pub})
		if len(events) != 1 || events[0].Date != tt.date {
			t.Errorf("%s\n got %v, want one event dated %s", tt.text, events, tt.date)
		}
	}
}
