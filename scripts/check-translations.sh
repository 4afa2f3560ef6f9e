#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-translations.sh [BUILD_DIR]
#
# Fails (exit 1) when a catalogue in translations/ misses a message that lupdate finds in its
# sources, leaves one unfinished or empty, drops a placeholder (%1, %n) of its source, or
# gives a message with a count (numerus) other than its language's number of plural forms.
# English, the sources' language, has a catalogue of the messages with a count only
# (lupdate -pluralonly): Qt takes "1 minute" / "2 minutes" from a catalogue alone.
# lupdate runs over temporary copies of the .ts files: the repository's files are never
# modified (to bring them up to date: cmake --build BUILD --target update_translations).
#
# BUILD_DIR: where the copies go (BUILD_DIR/translations-check); default: a temporary
# directory, removed afterwards. LUPDATE: the lupdate to run (default: Qt 6's).
set -euo pipefail
export LC_ALL=C.UTF-8

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
# As CARDINAL_TRANSLATION_LANGUAGES and CARDINAL_PLURALS_LANGUAGE in
# cmake/CardinalTranslations.cmake.
languages=(ru de en)
# What lupdate collects for each language: everything, or only the messages with a count.
declare -A collects=([ru]="" [de]="" [en]="-pluralonly")
# How many plural forms each language has (Qt's rules: Russian one/few/many).
declare -A plural_forms=([ru]=3 [de]=2 [en]=2)
# Each catalogue and the source folders (relative to the repository) its messages come from.
# The include paths let lupdate find the classes, hence the contexts, as the build does
# ("ui/kit/wording.h", "client/messenger.h").
includes=(-I "$root" -I "$root/core")
declare -A sources=(
    [cardinal-cli]="app/cli"
    [cardinal]="ui app/gui"
)

if [ ! -x "$lupdate" ]; then
    echo "check-translations: no lupdate at $lupdate (set LUPDATE)" >&2
    exit 2
fi
if [ $# -ge 1 ]; then
    rm -rf "$1/translations-check"
    mkdir -p "$1/translations-check"
    work=$(cd "$1/translations-check" && pwd)
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi

# One line per message of a .ts file: "context<TAB>source" (XML entities as in the file).
messages() {
    awk 'BEGIN { RS = "</message>" }
        {
            if (match($0, /<name>[^<]*<\/name>/))
                context = substr($0, RSTART + 6, RLENGTH - 13)
            s = index($0, "<source>"); e = index($0, "</source>")
            if (s == 0 || e == 0) next
            source = substr($0, s + 8, e - s - 8)
            gsub(/\n/, "\\n", source)
            print context "\t" source
        }' "$1"
}

# One line per message whose translation is unfinished, empty, lacks a placeholder of its
# source, or (numerus) has other than $2 plural forms: "context<TAB>source<TAB>what is wrong".
problems() {
    awk -v forms_wanted="$2" 'BEGIN { RS = "</message>" }
        function placeholders(text,   found, rest) {
            found = ""; rest = text
            while (match(rest, /%L?[1-9n]/)) {
                found = found " " substr(rest, RSTART, RLENGTH)
                rest = substr(rest, RSTART + RLENGTH)
            }
            return found
        }
        function lacks(text, wanted,   n, i, list) {
            n = split(wanted, list, " ")
            for (i = 1; i <= n; ++i)
                if (index(text, list[i]) == 0) return list[i]
            return ""
        }
        {
            if (match($0, /<name>[^<]*<\/name>/))
                context = substr($0, RSTART + 6, RLENGTH - 13)
            s = index($0, "<source>"); e = index($0, "</source>")
            if (s == 0 || e == 0) next
            source = substr($0, s + 8, e - s - 8)
            t = index($0, "<translation")
            if (t == 0) { issue = "no translation" }
            else {
                translation = substr($0, t)
                head = substr(translation, 1, index(translation, ">"))
                issue = ""
                if (head ~ /type="unfinished"/) issue = "unfinished"
                else if (head ~ /\/>$/) issue = "empty"
                else {
                    body = substr(translation, length(head) + 1)
                    body = substr(body, 1, index(body, "</translation>") - 1)
                    wanted = placeholders(source)
                    numerus = index($0, "numerus=\"yes\"") > 0
                    if (numerus && index(body, "<numerusform") == 0)
                        issue = "no plural forms"
                    else if (index(body, "<numerusform") > 0) {
                        n = split(body, forms, /<numerusform[^>]*>/)
                        if (n - 1 != forms_wanted)
                            issue = (n - 1) " plural forms, not " forms_wanted
                        for (i = 2; i <= n && issue == ""; ++i) {
                            form = substr(forms[i], 1, index(forms[i], "</numerusform>") - 1)
                            if (form == "") issue = "empty plural form"
                            else if ((p = lacks(form, wanted)) != "") issue = "a plural form lacks " p
                        }
                    } else if (body == "") issue = "empty"
                    else if ((p = lacks(body, wanted)) != "") issue = "lacks " p
                }
            }
            if (issue != "") {
                gsub(/\n/, "\\n", source)
                print context "\t" source "\t" issue
            }
        }' "$1"
}

unescape() {
    sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&amp;/\&/g'
}

failed=0
cd "$root"

# Every .ts file belongs to a catalogue this script knows.
for ts in translations/*.ts; do
    [ -e "$ts" ] || continue
    name=$(basename "$ts" .ts)
    catalogue=${name%_*}
    if [ -z "${sources[$catalogue]+set}" ]; then
        echo "FAIL $ts: no sources known for catalogue '$catalogue' (add it to $0)"
        failed=1
    fi
done

for catalogue in $(printf '%s\n' "${!sources[@]}" | sort); do
    present=()
    for language in "${languages[@]}"; do
        [ -e "translations/${catalogue}_${language}.ts" ] && present+=("$language")
    done
    if [ ${#present[@]} -eq 0 ]; then
        echo "note: catalogue '$catalogue' (${sources[$catalogue]}) has no .ts files yet: skipped"
        continue
    fi
    for language in "${languages[@]}"; do
        ts="translations/${catalogue}_${language}.ts"
        if [ ! -e "$ts" ]; then
            echo "FAIL $ts: missing (every catalogue has ${languages[*]})"
            failed=1
            continue
        fi
        copy="$work/$(basename "$ts")"
        cp "$ts" "$copy"
        # shellcheck disable=SC2086 # the folder and option lists are meant to split
        if ! "$lupdate" -silent -no-obsolete ${collects[$language]} "${includes[@]}" \
                ${sources[$catalogue]} -ts "$copy" \
                >"$work/lupdate.log" 2>&1; then
            echo "FAIL $ts: lupdate failed:"
            cat "$work/lupdate.log"
            failed=1
            continue
        fi
        messages "$ts" | sort -u >"$work/before"
        messages "$copy" | sort -u >"$work/after"
        missing=$(comm -13 "$work/before" "$work/after")
        # The file as it is (lupdate drops surplus plural forms from its copy), and as lupdate
        # leaves it (it adds empty ones where forms are missing).
        bad=$({ problems "$ts" "${plural_forms[$language]}"
                problems "$copy" "${plural_forms[$language]}"; } | sort -u |
                  awk -F'\t' 'NR == FNR { skip[$0] = 1; next } !(($1 "\t" $2) in skip)' \
                      <(printf '%s\n' "$missing") -)
        count=$(wc -l <"$work/after")
        if [ -z "$missing" ] && [ -z "$bad" ]; then
            echo "ok   $ts: $count messages, all translated"
            continue
        fi
        failed=1
        if [ -s "$work/lupdate.log" ]; then
            echo "     lupdate said:"
            sed 's/^/       /' "$work/lupdate.log"
        fi
        if [ -n "$missing" ]; then
            echo "FAIL $ts: lacks $(printf '%s\n' "$missing" | wc -l) message(s) found in ${sources[$catalogue]} (run update_translations, then translate them):"
            printf '%s\n' "$missing" | unescape | awk -F'\t' '{ printf "       [%s] %s\n", $1, $2 }'
        fi
        if [ -n "$bad" ]; then
            echo "FAIL $ts: $(printf '%s\n' "$bad" | wc -l) message(s) not properly translated:"
            printf '%s\n' "$bad" | unescape | awk -F'\t' '{ printf "       [%s] %s  (%s)\n", $1, $2, $3 }'
        fi
    done
done

exit $failed
