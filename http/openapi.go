package http

import (
	_ "embed"
	"net/http"
)

// openAPI is the OpenAPI 3 description of the JSON API.
//
//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3 description of the API, as served at
// /api/openapi.json.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Write(openAPI)
}
