package dates_test

import (
	"testing"
	"time"

	"github.com/parley-events/parley/dates"
)

func TestResolve(t *testing.T) {
	sunday := time.Date(2025, 5, 11, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		sentence   string
		past       bool
		want       string
		historical bool
	}{
		{"talks with Putin in Istanbul this Thursday.", false, "2025-05-15", false},
		{"The ministers met on Thursday in Ankara.", true, "2025-05-08", false},
		{"The ministers will meet on Thursday in Ankara.", false, "2025-05-15", false},
		{"He said on Sunday that talks would go ahead.", true, "2025-05-11", false},
		{"Troops shelled the town yesterday.", true, "2025-05-10", false},
		{"In March, the Taliban released an American.", true, "2025-03-01", true},
		{"In 2019, the two leaders met in Paris.", true, "2019-01-01", true},
		{"Leaders meet tomorrow.", false, "2025-05-12", false},
		{"The envoy visited Kyiv last week.", true, "2025-05-04", false},
		{"The summit is due next month.", false, "2025-06-11", false},
		{"The previous talks took place in March 2022.", true, "2022-03-01", true},
		{"Russia invaded on February 24, 2022.", true, "2022-02-24", true},
		{"They signed the deal on May 3.", true, "2025-05-03", false},
		{"the peace process, which Moscow mediated for decades.", true, "2025-05-11", true},
		{"Norway has hosted the talks for more than 20 years.", true, "2025-05-11", true},
		{"Iran has threatened in the past to close the Strait.", true, "2025-05-11", true},
		{"Police detained 40 people in the past week.", true, "2025-05-11", false},
		{"He will stay for years.", false, "2025-05-11", false},
		{"Police detained him for questioning.", true, "2025-05-11", false},
		{"They signed the deal on 3 May 2024.", true, "2024-05-03", true},
		{"The meeting is set for June 2.", false, "2025-06-02", false},
		{"They met in December.", true, "2024-12-01", true},
		{"Talks resume in June.", false, "2025-06-01", false},
		{"The two armies fought a four-day conflict in May last year.", true, "2024-05-01", true},
		{"They fought a war last May.", true, "2024-05-01", true},
		{"They fought a war in May.", true, "2025-05-11", false},
		{"The summit will be held in March next year.", false, "2026-03-01", false},
		{"The two sides fought in early 2024.", true, "2024-01-01", true},
		{"The rebels seized the town in late 2024.", true, "2024-10-01", true},
		{"The armies clashed in the 1990s.", true, "1990-01-01", true},
		{"The two leaders met a decade ago.", true, "2015-05-11", true},
		{"The two leaders met last summer.", true, "2024-11-11", true},
		{"They met in May.", true, "2025-05-11", false},
		{"The two fought a border war from 1998 to 2000.", true, "1998-01-01", true},
		{"The war began in 2014.", true, "2014-01-01", true},
		{"The last meeting was five years ago.", true, "2020-05-11", true},
		{"Two days ago rebels seized the town.", true, "2025-05-09", false},
		{"Fighting went on last Friday.", true, "2025-05-09", false},
		{"No date here.", true, "2025-05-11", false},
	}
	var r dates.Resolver
	for _, tt := range tests {
		got, hist, ok := r.Resolve(tt.sentence, sunday, tt.past)
		if !ok || got.Format("2006-01-02") != tt.want || hist != tt.historical {
			t.Errorf("Resolve(%q, past=%v) = %s historical=%v ok=%v, want %s historical=%v",
				tt.sentence, tt.past, got.Format("2006-01-02"), hist, ok, tt.want, tt.historical)
		}
	}
}

func TestNoPublicationDate(t *testing.T) {
	if _, _, ok := (dates.Resolver{}).Resolve("this Thursday", time.Time{}, false); ok {
		t.Error("resolved a date with no publication date")
	}
}
