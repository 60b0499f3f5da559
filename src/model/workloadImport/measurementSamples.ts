// Samples written after the sysstat (iostat(1)) and fio (HOWTO, "JSON output") documentation.

/** sysstat 11: `iostat -x 10 3`, avgrq-sz in 512-byte sectors; the first report is since boot. */
export const IOSTAT_11 = `Linux 4.15.0-112-generic (db01) 	03/02/2021 	_x86_64_	(8 CPU)

avg-cpu:  %user   %nice %system %iowait  %steal   %idle
           4.20    0.00    1.10    0.80    0.00   93.90

Device:         rrqm/s   wrqm/s     r/s     w/s    rkB/s    wkB/s avgrq-sz avgqu-sz   await r_await w_await  svctm  %util
sda               0.10     2.00   10.00   10.00    80.00    80.00    16.00     0.02    1.00    0.80    1.20   0.40   0.80
dm-0              0.00     0.00   10.00   12.00    80.00    80.00    14.55     0.02    1.10    0.80    1.30   0.40   0.88

avg-cpu:  %user   %nice %system %iowait  %steal   %idle
          20.00    0.00    5.00    3.00    0.00   72.00

Device:         rrqm/s   wrqm/s     r/s     w/s    rkB/s    wkB/s avgrq-sz avgqu-sz   await r_await w_await  svctm  %util
sda               0.00     4.00 1400.00  600.00 11200.00  4800.00    16.00     1.50    0.75    0.60    1.10   0.40  80.00
dm-0              0.00     0.00 1400.00  604.00 11200.00  4800.00    15.97     1.50    0.75    0.60    1.10   0.40  80.00

avg-cpu:  %user   %nice %system %iowait  %steal   %idle
          24.00    0.00    6.00    3.50    0.00   66.50

Device:         rrqm/s   wrqm/s     r/s     w/s    rkB/s    wkB/s avgrq-sz avgqu-sz   await r_await w_await  svctm  %util
sda               0.00     4.00 2100.00  900.00 16800.00  7200.00    16.00     2.00    0.70    0.60    0.90   0.30  90.00
dm-0              0.00     0.00 2100.00  902.00 16800.00  7200.00    15.99     2.00    0.70    0.60    0.90   0.30  90.00
`;

/**
 * sysstat 12: `iostat -x 5 2`, columns reordered, rareq-sz/wareq-sz in KiB, discard (d/s …) and flush
 * (f/s …) columns, and a German locale's decimal commas.
 */
export const IOSTAT_12 = `Linux 5.15.0-91-generic (web07) 	06.12.2026 	_x86_64_	(16 CPU)

Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util
nvme0n1        100,00   1600,00     0,00   0,00    0,10    16,00   50,00    400,00     0,00   0,00    0,20     8,00    0,00      0,00     0,00   0,00    0,00     0,00    0,00    0,00    0,01   1,00
nvme1n1          0,00      0,00     0,00   0,00    0,00     0,00    0,00      0,00     0,00   0,00    0,00     0,00    0,00      0,00     0,00   0,00    0,00     0,00    0,00    0,00    0,00   0,00

Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util
nvme0n1        600,00   9600,00     0,00   0,00    0,10    16,00  200,00   1600,00     0,00   0,00    0,20     8,00  900,00 460800,00     0,00   0,00    0,50   512,00   40,00    0,30    0,20  30,00
nvme1n1        200,00   3200,00     0,00   0,00    0,10    16,00    0,00      0,00     0,00   0,00    0,00     0,00    0,00      0,00     0,00   0,00    0,00     0,00    0,00    0,00    0,02   5,00
`;

/** sysstat 12 as `iostat -dx` prints it without kB columns would not exist; this one drops rkB/s to test rareq-sz. */
export const IOSTAT_12_SIZES_ONLY = `Device            r/s     w/s   rareq-sz  wareq-sz  %util
sdb             30.00   10.00     64.00      4.00   2.00
`;

/** A row cut short (a copy and paste that lost its end) on line 4. */
export const IOSTAT_MALFORMED = `Linux 5.15.0 (x) 	12/06/2026 	_x86_64_	(4 CPU)

Device            r/s     rkB/s   rareq-sz     w/s     wkB/s   wareq-sz  %util
sda             12.00    96.00    8.00
`;

/** fio 3: one job asking for 2,000 IOPS (rate_iops), 70 % random reads of 8 KiB. */
export const FIO_RATE_LIMITED = `{
  "fio version" : "fio-3.28",
  "global options" : { "ioengine" : "libaio", "direct" : "1" },
  "jobs" : [
    {
      "jobname" : "oltp",
      "job options" : { "rw" : "randrw", "rwmixread" : "70", "bs" : "8k", "iodepth" : "16", "rate_iops" : "1400,600" },
      "read" : { "io_bytes" : 688128000, "bw" : 11200, "iops" : 1400.0, "runtime" : 60000, "total_ios" : 84000 },
      "write" : { "io_bytes" : 294912000, "bw" : 4800, "iops" : 600.0, "runtime" : 60000, "total_ios" : 36000 },
      "trim" : { "io_bytes" : 0, "bw" : 0, "iops" : 0.0, "runtime" : 0, "total_ios" : 0 }
    }
  ]
}
`;

/** fio 3: two unlimited jobs (what the storage gave), after fio's note lines. */
export const FIO_UNLIMITED = `note: both iodepth >= 1 and synchronous I/O engine are selected, queue depth will be capped at 1
{
  "fio version" : "fio-3.35",
  "jobs" : [
    {
      "jobname" : "seqread",
      "job options" : { "rw" : "read", "bs" : "256k" },
      "read" : { "io_bytes" : 3221225472, "iops" : 400.0, "total_ios" : 12288 },
      "write" : { "io_bytes" : 0, "iops" : 0.0, "total_ios" : 0 }
    },
    {
      "jobname" : "log",
      "job options" : { "rw" : "write", "bs" : "4k" },
      "read" : { "io_bytes" : 0, "iops" : 0.0, "total_ios" : 0 },
      "write" : { "io_bytes" : 50331648, "iops" : 400.0, "total_ios" : 12288 }
    }
  ]
}
`;
