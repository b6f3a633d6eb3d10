// Package validate runs parley over PETRARCH-family validation suites
// (PETR.UnitTest.records.xml, UD-PETRARCH's PETR_Validate_records_2_02.xml,
// PETR2_GSR_validation.xml, the 2014 PETRARCH suite) and scores it on
// their expected event codings.
//
// Several suite files are not well-formed XML, so ReadFile uses its own
// lenient tokenising reader rather than encoding/xml. Each record's <Text>
// is coded with parley's own text processing; the supplied <Parse> is
// ignored.
//
// A command wires it to the coder like this (cmd/parley's validate
// command):
//
//	s, err := validate.ReadFile(suitePath)
//	files, err := validate.DictFiles(s, dictDir) // dictDir "" = the suite's folder
//	code := validate.CodeWith(func(st validate.Settings) (validate.Coder, error) {
//		c, _, err := coder.Load(coder.Config{Dicts: validate.DictPaths(files), NoDefaults: true,
//			RequireTarget: st.RequireDyad, Literal: true, NewActorLength: st.NewActorLength})
//		return c, err
//	})
//	res := validate.Run(s, code, validate.Options{})
//	err = res.Write(stdout) // failures, table by category, "N passed, M failed, K skipped"
//
// Run's doc comment gives the pass/fail rules.
package validate
