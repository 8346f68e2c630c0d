# Sourced by the benches that run on real library sources (cli.sh, vs-openrewrite.sh). `libraries` lists the
# libraries and the two type moves made in each: NAME GROUP:ARTIFACT:VERSION OLD1 NEW1 OLD2 NEW2 (fully qualified
# names). `repo NAME ...` (one such line) makes $out/NAME, a git repository of the sources jar (fetched once into
# ~/.m2) with a plan `.github/consolidation.yml` of one phase `two-moves`, unless it is there already.
libraries=(
  "gson com.google.code.gson:gson:2.11.0
    com.google.gson.JsonStreamParser com.google.gson.io.JsonStreamParser
    com.google.gson.FieldNamingStrategy com.google.gson.naming.FieldNamingStrategy"
  "commons-text org.apache.commons:commons-text:1.12.0
    org.apache.commons.text.CompositeFormat org.apache.commons.text.format.CompositeFormat
    org.apache.commons.text.FormatFactory org.apache.commons.text.format.FormatFactory"
)

repo() {
  local name=$1 gav=$2 dir=$out/$1
  [[ -d $dir/.git ]] && return
  IFS=: read -r g a v <<< "$gav"
  local jar=~/.m2/repository/${g//.//}/$a/$v/$a-$v-sources.jar
  [[ -f $jar ]] || mvn -B -q dependency:get -Dartifact="$gav:jar:sources" -Dtransitive=false
  mkdir -p "$dir/src/main/java" "$dir/.github"
  (cd "$dir/src/main/java" && unzip -q "$jar" '*.java')
  printf 'version: 1\ncompatibility: none\nphases:\n  - id: two-moves\n    title: Two type moves\n    steps:\n      - move: {type: %s, to: %s}\n      - move: {type: %s, to: %s}\n' \
    "$3" "$4" "$5" "$6" > "$dir/.github/consolidation.yml"
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" -c user.name=bench -c user.email=bench@example.com commit -q -m "sources"
}
