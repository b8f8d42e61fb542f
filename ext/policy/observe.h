/*
** Observations: the rows of shebao_policy_region_enablement and shebao_policy_sharing_scopes say what a source
** saw about a code on a day (precision 'exact': on from that day, 'by': on by that day, 'off': not on that
** day, 'some': some of its regions on that day). This reads the rows of a region, its province and the nation
** into one answer for one day, with the observations on either side of the day that decided it:
**
**   320500 苏州市 by 2024-12-02; 000000 off 2024-10-31, off 2024-12-02 (a complete list, which 苏州 is on)
**     2024-10-31 -> no    2024-11-15 -> unknown (off 2024-10-31, on by 2024-12-02)    2024-12-02 -> yes
**
** The reading: the nearest observation on or before the day (before) and the nearest after it (after).
**   before on                         -> yes, unless after is off (a conflict, or an end nobody dated)
**   before off, after off             -> no; before off and nothing after: no if it was on earlier (it ended),
**                                        else unknown (it may have started since)
**   no before, after off or nothing   -> no (nothing says it was ever on before)
**   everything else                   -> unknown (between off and on, 'some', rows that disagree)
** An observation on the day itself decides: on yes, off no, disagreeing unknown. A wider code's 'off' or 'some'
** does not concern a region whose more specific codes were seen on by then (a complete list, read so). A
** national 'exact' row, read for a region, is a national start: no region before it, nothing more.
*/
#ifndef SHEBAO_POLICY_OBSERVE_H
#define SHEBAO_POLICY_OBSERVE_H
#include "policy/dated.h"

typedef enum ObsState { OBS_NONE, OBS_ON, OBS_OFF, OBS_SOME } ObsState;
typedef enum ObsAnswer { OBS_NO = 0, OBS_YES = 1, OBS_UNKNOWN = 2 } ObsAnswer;

/* The points each row of a table states, read once when the index is built (a call only reads them). */
#define OBS_POINTS_MAX 4
typedef struct ObsRowPoints {
  int n;
  int aDay[OBS_POINTS_MAX];
  unsigned char aState[OBS_POINTS_MAX];   /* ObsState */
  unsigned char aExactOn[OBS_POINTS_MAX]; /* an 'on' point of an 'exact' row: not stated by a national start */
} ObsRowPoints;

typedef struct ObsTable {
  const DatedIndex *d;
  ObsRowPoints *aRow; /* per row of d's table */
} ObsTable;

/* Reads the points of every row of the table d indexes (precision in column iPrecision). SQLITE_OK or
** SQLITE_NOMEM. */
int obs_table_build(ObsTable *t, Arena *arena, const DatedIndex *d, int iPrecision);

/* The rows of one code, in valid_from order (dated_rows). Levels go from the most specific code outward. */
typedef struct ObsLevel {
  const ObsTable *t;
  const int *aRow;
  int nRow;
  int nationalStart; /* read 'exact' rows as national starts: only "not before" */
} ObsLevel;

/* The nearest observation on one side of the day: its day, what it says (OBS_SOME where the rows of that day
** disagree), its row, and a row that disagrees with it on the same day (or NULL). */
typedef struct ObsBound {
  int day;
  ObsState state;
  const PolicyRow *pRow, *pOther;
} ObsBound;

typedef struct ObsVerdict {
  ObsAnswer answer;
  ObsBound before; /* on or before the day (state OBS_NONE: there is none) */
  ObsBound after;  /* after the day */
  int ended;       /* the answer is no because it was on earlier and has been off since */
  int firstOn;     /* the first day any row sees it on (DAY_MAX: never), and that row */
  const PolicyRow *pFirstOn;
} ObsVerdict;

/* Reads the levels' rows for day. */
void observe(const ObsLevel *aLevel, int nLevel, int day, ObsVerdict *v);

/* "on", "off", "some" */
const char *obs_state_name(ObsState s);

#endif
